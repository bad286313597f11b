<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Article editor</source>
        <translation>Éditeur d’article</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Details and text</source>
        <translation>Détails et texte</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>Synchro : {state}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>dd MMM HH:mm</source>
        <translation>d MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>ArticleListView</name>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Article list columns</source>
        <translation>Colonnes de la liste des articles</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>check the article</source>
        <translation>vérifier l’article</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>save the article</source>
        <translation>enregistrer l’article</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The copy of “{name}” did not pass its check ({problem}), so it was not saved. “{name}” itself may be damaged.</source>
        <translation>La copie de « {name} » n’a pas passé la vérification ({problem}) ; elle n’a donc pas été enregistrée. « {name} » est peut-être lui-même endommagé.</translation>
    </message>
    <message>
        <source>The backup to “{name}” was cancelled; nothing was written.</source>
        <translation>La sauvegarde vers « {name} » a été annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>“{name}” is the library itself: choose another name or folder for the backup.</source>
        <translation>« {name} » est la bibliothèque elle-même : choisissez un autre nom ou un autre dossier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>“{folder}” is a folder: choose a file name for the backup.</source>
        <translation>« {folder} » est un dossier : choisissez un nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: you may not write in the folder “{folder}”.</source>
        <translation>Impossible d’écrire « {name} » : vous n’avez pas le droit d’écrire dans le dossier « {folder} ».</translation>
    </message>
    <message>
        <source>“{name}” is a library that is open, or was not closed properly: choose another name for the backup.</source>
        <translation>« {name} » est une bibliothèque ouverte, ou qui n’a pas été fermée correctement : choisissez un autre nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: the folder “{folder}” does not exist.</source>
        <translation>Impossible d’écrire « {name} » : le dossier « {folder} » n’existe pas.</translation>
    </message>
    <message>
        <source>“{name}” was left as it was.</source>
        <translation>« {name} » a été laissé tel quel.</translation>
    </message>
    <message>
        <source>“{name}” could not be written: the disk is full.</source>
        <translation>« {name} » n’a pas pu être écrit : le disque est plein.</translation>
    </message>
    <message>
        <source>“{name}” could not be written: you may not write in the folder “{folder}”.</source>
        <translation>« {name} » n’a pas pu être écrit : vous n’avez pas le droit d’écrire dans le dossier « {folder} ».</translation>
    </message>
    <message>
        <source>“{name}” could not be written: the disk reported an error.</source>
        <translation>« {name} » n’a pas pu être écrit : le disque a signalé une erreur.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: it is damaged ({problem}). No backup was made.</source>
        <translation>« {name} » n’a pas pu être lu : il est endommagé ({problem}). Aucune sauvegarde n’a été faite.</translation>
    </message>
    <message>
        <source>The backup to “{name}” failed ({problem}).</source>
        <translation>La sauvegarde vers « {name} » a échoué ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” could not be written ({problem}).</source>
        <translation>« {name} » n’a pas pu être écrit ({problem}).</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>Back Up Library</source>
        <translation>Sauvegarder la bibliothèque</translation>
    </message>
    <message>
        <source>Backing up “{library}”…</source>
        <translation>Sauvegarde de « {library} »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>back up the library</source>
        <translation>sauvegarder la bibliothèque</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Checking the copy of “{library}”…</source>
        <translation>Vérification de la copie de « {library} »…</translation>
    </message>
    <message>
        <source>Backed up to {file} ({size})</source>
        <translation>Sauvegardée dans {file} ({size})</translation>
    </message>
    <message>
        <source>The library was not backed up. {error}</source>
        <translation>La bibliothèque n’a pas été sauvegardée. {error}</translation>
    </message>
    <message>
        <source>The library was not backed up ({error}). No file was written.</source>
        <translation>La bibliothèque n’a pas été sauvegardée ({error}). Aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Newsroom libraries (*{suffix});;All files (*)</source>
        <translation>Bibliothèques Newsroom (*{suffix});;Tous les fichiers (*)</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{title} progress</source>
        <translation>Progression : {title}</translation>
    </message>
    <message>
        <source>{doing} {name} ({number} of {total})…</source>
        <translation>{doing} {name} ({number} sur {total})…</translation>
    </message>
</context>
<context>
    <name>CategoryMerges</name>
    <message>
        <source>The category “{name}” could not be merged into “{into}” on the site: {error} Nothing was sent; the merge will be tried again with the next send.</source>
        <translation>La catégorie « {name} » n’a pas pu être fusionnée avec « {into} » sur le site : {error} Rien n’a été envoyé ; la fusion sera retentée au prochain envoi.</translation>
    </message>
    <message>
        <source>The category of the merged section could not be merged into “{into}” on the site: {error} Nothing was sent; the merge will be tried again with the next send.</source>
        <translation>La catégorie de la rubrique fusionnée n’a pas pu être fusionnée avec « {into} » sur le site : {error} Rien n’a été envoyé ; la fusion sera retentée au prochain envoi.</translation>
    </message>
</context>
<context>
    <name>ChangeHash</name>
    <message>
        <source>There is no article number {number} in this library.</source>
        <translation>Cette bibliothèque ne contient pas d’article numéro {number}.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>no</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>one</source>
        <translation>un</translation>
    </message>
    <message>
        <source>two</source>
        <translation>deux</translation>
    </message>
    <message>
        <source>three</source>
        <translation>trois</translation>
    </message>
    <message>
        <source>four</source>
        <translation>quatre</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinq</translation>
    </message>
    <message>
        <source>six</source>
        <translation>six</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>huit</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neuf</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to publish, with %n warning(s)</source>
        <translation>
            <numerusform>Prêt à publier, avec %n avertissement</numerusform>
            <numerusform>Prêt à publier, avec %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to publish</source>
        <translation>Prêt à publier</translation>
    </message>
    <message>
        <source>Write a headline: the article has none.</source>
        <translation>Rédigez un titre : l’article n’en a pas.</translation>
    </message>
    <message>
        <source>Choose a section: the site files every article in one.</source>
        <translation>Choisissez une rubrique : le site classe chaque article dans l’une d’elles.</translation>
    </message>
    <message>
        <source>Add a byline: the name of the author, or of the desk that wrote it.</source>
        <translation>Ajoutez une signature : le nom de l’auteur, ou du service qui a rédigé l’article.</translation>
    </message>
    <message>
        <source>The headline is {length} characters long; the site has room for at most {most}. Shorten it.</source>
        <translation>Le titre fait {length} caractères ; le site a de la place pour {most} au plus. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The headline is {length} characters long. Search results and shared links cut headlines off after about {about} characters, so consider shortening it.</source>
        <translation>Le titre fait {length} caractères. Les résultats de recherche et les liens partagés coupent les titres après environ {about} caractères : pensez à le raccourcir.</translation>
    </message>
    <message>
        <source>Add a dateline: the place the story was reported from.</source>
        <translation>Ajoutez un lieu : l’endroit d’où l’article a été écrit.</translation>
    </message>
    <message>
        <source>The dateline “{place}” does not look like a place. Write only the place, such as Paris: the site adds the date itself.</source>
        <translation>Le lieu « {place} » ne ressemble pas à un lieu. N’écrivez que le lieu, par exemple Paris : le site ajoute lui-même la date.</translation>
    </message>
    <message>
        <source>The search title is {length} characters long; search engines show only about {about}.</source>
        <translation>Le titre SEO fait {length} caractères ; les moteurs de recherche n’en affichent qu’environ {about}.</translation>
    </message>
    <message>
        <source>The story is under embargo until {when}; schedule it for then or later.</source>
        <translation>L’article est sous embargo jusqu’au {when} ; programmez-le pour ce moment ou plus tard.</translation>
    </message>
    <message>
        <source>The story is under embargo until {when}; it cannot be published before then.</source>
        <translation>L’article est sous embargo jusqu’au {when} ; il ne peut pas être publié avant.</translation>
    </message>
    <message>
        <source>The story is under embargo until {when}.</source>
        <translation>L’article est sous embargo jusqu’au {when}.</translation>
    </message>
    <message>
        <source>Set a publication time in the future: a scheduled article goes out then.</source>
        <translation>Indiquez une heure de publication future : un article programmé paraît à ce moment-là.</translation>
    </message>
    <message>
        <source>Image {number} in the text is no longer in the library. Insert it again or remove it.</source>
        <translation>L’image {number} du texte n’est plus dans la bibliothèque. Insérez-la de nouveau ou supprimez-la.</translation>
    </message>
    <message>
        <source>Add it to the image in the library.</source>
        <translation>Ajoutez-le à l’image dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Write it between the brackets: ![A barge on the Rhine](…).</source>
        <translation>Écrivez-le entre les crochets : ![Une péniche sur le Rhin](…).</translation>
    </message>
    <message>
        <source>Image {number} ({name}) has no alt text, which describes it to readers who cannot see it.</source>
        <translation>L’image {number} ({name}) n’a pas de texte alternatif, qui la décrit aux lecteurs qui ne peuvent pas la voir.</translation>
    </message>
    <message>
        <source>Add it after the image: {credit=&quot;Reuters&quot;}.</source>
        <translation>Ajoutez-le après l’image : {credit=&quot;Reuters&quot;}.</translation>
    </message>
    <message>
        <source>Image {number} ({name}) has no credit.</source>
        <translation>L’image {number} ({name}) n’a pas de crédit.</translation>
    </message>
    <message>
        <source>The text links to the article “{slug}”, which is not in the library. Check the link.</source>
        <translation>Le texte renvoie à l’article « {slug} », qui n’est pas dans la bibliothèque. Vérifiez le lien.</translation>
    </message>
    <message>
        <source>The text links to “{headline}”, which was spiked and will not be on the site.</source>
        <translation>Le texte renvoie à « {headline} », qui a été écarté et ne sera pas sur le site.</translation>
    </message>
    <message>
        <source>The text links to “{headline}”, which is not published yet; the link will not work until it is.</source>
        <translation>Le texte renvoie à « {headline} », qui n’est pas encore publié ; le lien ne fonctionnera qu’une fois l’article publié.</translation>
    </message>
    <message>
        <source>The article has no related links; “You Might Also Like” shows {least} to {most}.</source>
        <translation>L’article n’a aucun lien associé ; « You Might Also Like » en affiche de {least} à {most}.</translation>
    </message>
    <message numerus="yes">
        <source>The article has %n related link(s); “You Might Also Like” shows {least} to {most}.</source>
        <translation>
            <numerusform>L’article a %n lien associé ; « You Might Also Like » en affiche de {least} à {most}.</numerusform>
            <numerusform>L’article a %n liens associés ; « You Might Also Like » en affiche de {least} à {most}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add {number} more.</source>
        <translation>Ajoutez-en {number} de plus.</translation>
    </message>
    <message>
        <source>Remove {count}.</source>
        <translation>Retirez-en {count}.</translation>
    </message>
    <message>
        <source>The featured image is no longer in the library.</source>
        <translation>L’image à la une n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The featured image ({name}) has no alt text, which describes it to readers who cannot see it.</source>
        <translation>L’image à la une ({name}) n’a pas de texte alternatif, qui la décrit aux lecteurs qui ne peuvent pas la voir.</translation>
    </message>
</context>
<context>
    <name>ChecklistBlockedError</name>
    <message numerus="yes">
        <source>The checklist shows %n more problem(s) to fix.</source>
        <translation>
            <numerusform>La liste de contrôle signale %n autre problème à corriger.</numerusform>
            <numerusform>La liste de contrôle signale %n autres problèmes à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>The article cannot be {done} yet.</source>
        <translation>L’article ne peut pas encore être {done}.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist panel</source>
        <translation>Panneau de la liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist summary</source>
        <translation>Résumé de la liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Error. Double-click to go to the field.</source>
        <translation>Erreur. Double-cliquez pour aller au champ.</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Avertissement&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Warning. Double-click to go to the field.</source>
        <translation>Avertissement. Double-cliquez pour aller au champ.</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Aucun article n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the library file (default: {path})</source>
        <translation>le fichier de la bibliothèque (par défaut : {path})</translation>
    </message>
    <message>
        <source>open the library read-only</source>
        <translation>ouvrir la bibliothèque en lecture seule</translation>
    </message>
    <message>
        <source>Write, preview and publish news articles. With no command, opens the Newsroom window.</source>
        <translation>Rédiger, prévisualiser et publier des articles d’actualité. Sans commande, ouvre la fenêtre de Newsroom.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>import Markdown (.md), Word (.docx), web pages (.html) and WordPress export files (.xml)</source>
        <translation>importer du Markdown (.md), des documents Word (.docx), des pages web (.html) et des fichiers d’exportation WordPress (.xml)</translation>
    </message>
    <message>
        <source>overwrite articles whose slug already exists</source>
        <translation>écraser les articles dont le slug existe déjà</translation>
    </message>
    <message>
        <source>the section of articles whose file names none (Parent/Child)</source>
        <translation>la rubrique des articles dont le fichier n’en indique aucune (Parent/Enfant)</translation>
    </message>
    <message>
        <source>export articles as HTML pages, Markdown, Word documents or IPTC ninjs JSON</source>
        <translation>exporter des articles en pages HTML, Markdown, documents Word ou JSON IPTC ninjs</translation>
    </message>
    <message>
        <source>an article&apos;s slug (`newsroom list` shows them)</source>
        <translation>le slug d’un article (`newsroom list` les affiche)</translation>
    </message>
    <message>
        <source>html (the default): the page with its images; md: Markdown with front matter; docx: a Word document; ninjs: IPTC ninjs JSON, its images written beside it</source>
        <translation>html (par défaut) : la page avec ses images ; md : Markdown avec en-tête (front matter) ; docx : un document Word ; ninjs : JSON IPTC ninjs, ses images écrites à côté</translation>
    </message>
    <message>
        <source>write to this file, or into this folder as SLUG.html, SLUG.md… (several articles need a folder); without it, one article goes to standard output</source>
        <translation>écrire dans ce fichier, ou dans ce dossier sous la forme SLUG.html, SLUG.md… (plusieurs articles exigent un dossier) ; sans cette option, un article va sur la sortie standard</translation>
    </message>
    <message>
        <source>replace files that are already there</source>
        <translation>remplacer les fichiers déjà présents</translation>
    </message>
    <message>
        <source>list the articles of the library</source>
        <translation>lister les articles de la bibliothèque</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <source>copy the library to a file, or into a folder; safe while it is open</source>
        <translation>copier la bibliothèque dans un fichier ou un dossier ; sans risque même si elle est ouverte</translation>
    </message>
    <message>
        <source>a file or a folder</source>
        <translation>un fichier ou un dossier</translation>
    </message>
    <message>
        <source>there is no section “{section}”.</source>
        <translation>il n’y a pas de rubrique « {section} ».</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>avertissement : {warning}</translation>
    </message>
    <message>
        <source>Several articles are written to a folder, one file each: add -o FOLDER.</source>
        <translation>Plusieurs articles s’écrivent dans un dossier, un fichier chacun : ajoutez -o DOSSIER.</translation>
    </message>
    <message>
        <source>A Word document cannot be shown in the terminal: add -o FILE or -o FOLDER.</source>
        <translation>Un document Word ne peut pas s’afficher dans le terminal : ajoutez -o FICHIER ou -o DOSSIER.</translation>
    </message>
    <message numerus="yes">
        <source>“{file}” (and %n more) already exists; add --force to replace what is there.</source>
        <translation>
            <numerusform>« {file} » (et %n autre) existe déjà ; ajoutez --force pour remplacer ce qui s’y trouve.</numerusform>
            <numerusform>« {file} » (et %n autres) existe déjà ; ajoutez --force pour remplacer ce qui s’y trouve.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{file}” already exists; add --force to replace what is there.</source>
        <translation>« {file} » existe déjà ; ajoutez --force pour remplacer ce qui s’y trouve.</translation>
    </message>
    <message>
        <source>There is no article “{slug}” in this library.</source>
        <translation>Il n’y a pas d’article « {slug} » dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>“{slug}”</source>
        <translation>« {slug} »</translation>
    </message>
    <message>
        <source>There are no articles {slugs} in this library.</source>
        <translation>Il n’y a pas d’articles {slugs} dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>“{folder}” is a file; several articles are written into a folder.</source>
        <translation>« {folder} » est un fichier ; plusieurs articles s’écrivent dans un dossier.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>Le dossier « {folder} » n’existe pas.</translation>
    </message>
    <message>
        <source>The folder “{folder}” cannot be made: {reason}.</source>
        <translation>Le dossier « {folder} » ne peut pas être créé : {reason}.</translation>
    </message>
    <message>
        <source>Backed up “{library}” to {file} ({size}).</source>
        <translation>« {library} » sauvegardée dans {file} ({size}).</translation>
    </message>
    <message>
        <source>Add --read-only to open it read-only.</source>
        <translation>Ajoutez --read-only pour l’ouvrir en lecture seule.</translation>
    </message>
    <message>
        <source>The site refused the request ({status} {reason}).</source>
        <translation>Le site a refusé la requête ({status} {reason}).</translation>
    </message>
    <message>
        <source>The site could not be reached; check the network and try again.</source>
        <translation>Le site est injoignable ; vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The site {host} could not be reached; check the network and try again.</source>
        <translation>Le site {host} est injoignable ; vérifiez la connexion réseau et réessayez.</translation>
    </message>
</context>
<context>
    <name>CliPublish</name>
    <message>
        <source>queue an approved article for a target and send it now (exit 3 if it is not approved)</source>
        <translation>mettre un article approuvé en file d’attente pour une cible et l’envoyer aussitôt (code de sortie 3 s’il n’est pas approuvé)</translation>
    </message>
    <message>
        <source>the target&apos;s name</source>
        <translation>le nom de la cible</translation>
    </message>
    <message>
        <source>print what would change on the site, field by field; queue and send nothing</source>
        <translation>afficher ce qui changerait sur le site, champ par champ ; ne rien mettre en file d’attente ni envoyer</translation>
    </message>
    <message>
        <source>send what waits in the outbox; exit 1 while something failed is queued</source>
        <translation>envoyer ce qui attend dans la boîte d’envoi ; code de sortie 1 tant qu’un envoi échoué est en file d’attente</translation>
    </message>
    <message>
        <source>only this target</source>
        <translation>seulement cette cible</translation>
    </message>
    <message>
        <source>import a WordPress site&apos;s posts, categories and tags</source>
        <translation>importer les articles, catégories et étiquettes d’un site WordPress</translation>
    </message>
    <message>
        <source>move an article along the workflow; spiking or unpublishing it queues its take-down on every site that has it</source>
        <translation>faire avancer un article dans le circuit de validation ; l’écarter ou le dépublier met en file d’attente son retrait de chaque site qui l’a</translation>
    </message>
    <message>
        <source>draft, in_review, ready, scheduled, published or spiked</source>
        <translation>draft, in_review, ready, scheduled, published ou spiked</translation>
    </message>
    <message>
        <source>move an article to the trash; it is taken off every site that has it</source>
        <translation>mettre un article à la corbeille ; il est retiré de chaque site qui l’a</translation>
    </message>
    <message>
        <source>list an article&apos;s corrections and updates, or add one</source>
        <translation>lister les rectificatifs et mises à jour d’un article, ou en ajouter un</translation>
    </message>
    <message>
        <source>add a dated “Correction:” note</source>
        <translation>ajouter une note datée « Rectificatif : »</translation>
    </message>
    <message>
        <source>add a dated “Update:” note</source>
        <translation>ajouter une note datée « Mise à jour : »</translation>
    </message>
    <message>
        <source>{article} was not queued:</source>
        <translation>{article} n’a pas été mis en file d’attente :</translation>
    </message>
    <message>
        <source>“{target}” is a {kind} target; articles cannot be pulled from it.</source>
        <translation>« {target} » est une cible {kind} ; on ne peut pas en récupérer d’articles.</translation>
    </message>
    <message>
        <source>It will be taken off {targets} at the next sync (newsroom sync).</source>
        <translation>Il sera retiré de {targets} à la prochaine synchronisation (newsroom sync).</translation>
    </message>
    <message>
        <source>{slug}: in the trash</source>
        <translation>{slug} : dans la corbeille</translation>
    </message>
</context>
<context>
    <name>CliTargets</name>
    <message>
        <source>The Newsroom window can keep a password for as long as it is open (Publish › Targets…, “Keep for this session only”); the command line cannot, because each command ends as soon as it has run.</source>
        <translation>La fenêtre de Newsroom peut garder un mot de passe tant qu’elle est ouverte (Publier › Cibles…, « Conserver pour cette session uniquement ») ; la ligne de commande ne le peut pas, car chaque commande se termine dès qu’elle a été exécutée.</translation>
    </message>
    <message>
        <source>add, list, remove and check publishing targets</source>
        <translation>ajouter, lister, supprimer et vérifier des cibles de publication</translation>
    </message>
    <message>
        <source>add a target; its password goes to the keychain</source>
        <translation>ajouter une cible ; son mot de passe va dans le trousseau</translation>
    </message>
    <message>
        <source>what Newsroom calls the target, such as Website</source>
        <translation>le nom que Newsroom donne à la cible, par exemple Site web</translation>
    </message>
    <message>
        <source>the site&apos;s address, or a folder for static</source>
        <translation>l’adresse du site, ou un dossier pour static</translation>
    </message>
    <message>
        <source>the user name on the site (WordPress: required)</source>
        <translation>le nom d’utilisateur sur le site (WordPress : obligatoire)</translation>
    </message>
    <message>
        <source>read the password (WordPress: an application password) from one line of stdin</source>
        <translation>lire le mot de passe (WordPress : un mot de passe d’application) sur une ligne de l’entrée standard</translation>
    </message>
    <message>
        <source>replace a target&apos;s stored password</source>
        <translation>remplacer le mot de passe enregistré d’une cible</translation>
    </message>
    <message>
        <source>read it from stdin</source>
        <translation>le lire sur l’entrée standard</translation>
    </message>
    <message>
        <source>list the targets of the library</source>
        <translation>lister les cibles de la bibliothèque</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <source>remove a target and its queued entries</source>
        <translation>supprimer une cible et ses entrées en file d’attente</translation>
    </message>
    <message>
        <source>remove it even if entries are still queued</source>
        <translation>la supprimer même si des entrées sont encore en file d’attente</translation>
    </message>
    <message>
        <source>also delete its password from the keychain (other libraries may use it)</source>
        <translation>supprimer aussi son mot de passe du trousseau (d’autres bibliothèques peuvent l’utiliser)</translation>
    </message>
    <message>
        <source>change the size and format of a target&apos;s images, and how a WordPress target takes articles down, schedules and credits</source>
        <translation>modifier la taille et le format des images d’une cible, et la façon dont une cible WordPress retire les articles, les programme et les attribue</translation>
    </message>
    <message>
        <source>the longer side of the images the site receives, in pixels (default 2048); smaller images are not enlarged</source>
        <translation>le plus grand côté des images que reçoit le site, en pixels (2048 par défaut) ; les images plus petites ne sont pas agrandies</translation>
    </message>
    <message>
        <source>the JPEG or WebP quality of those images, 1 to 100 (default 85)</source>
        <translation>la qualité JPEG ou WebP de ces images, de 1 à 100 (85 par défaut)</translation>
    </message>
    <message>
        <source>jpeg (default), webp, or original: the format of each photo as it is (PNG and GIF always keep theirs)</source>
        <translation>jpeg (par défaut), webp ou original : le format de chaque photo telle quelle (PNG et GIF gardent toujours le leur)</translation>
    </message>
    <message>
        <source>what taking an article down does on the site: back to draft (default) or trash</source>
        <translation>ce que fait le retrait d’un article sur le site : retour en brouillon (draft, par défaut) ou corbeille (trash)</translation>
    </message>
    <message>
        <source>yes: send embargoed and scheduled articles early for the site to hold until their time (they leave this machine before the embargo); no (default): hold them here</source>
        <translation>yes : envoyer à l’avance les articles sous embargo et programmés, que le site garde jusqu’à leur heure (ils quittent cet ordinateur avant l’embargo) ; no (par défaut) : les garder ici</translation>
    </message>
    <message>
        <source>credit this byline to a WordPress user (login or id); repeat for more, an empty USER removes the mapping</source>
        <translation>attribuer cette signature à un utilisateur WordPress (identifiant ou id) ; à répéter pour d’autres, un USER vide supprime l’association</translation>
    </message>
    <message>
        <source>sign in to a target to check its credentials</source>
        <translation>se connecter à une cible pour vérifier ses identifiants</translation>
    </message>
    <message>
        <source>A password is needed and there is no terminal to ask for it: pipe it in and add --password-stdin.</source>
        <translation>Un mot de passe est nécessaire et il n’y a pas de terminal pour le demander : transmettez-le par un tube et ajoutez --password-stdin.</translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation>Le mot de passe est vide ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Password for {user} at {url}: </source>
        <translation>Mot de passe de {user} sur {url} : </translation>
    </message>
    <message>
        <source>Password for {url}: </source>
        <translation>Mot de passe pour {url} : </translation>
    </message>
    <message>
        <source>“{name}” takes no password (a {kind} target needs none); nothing was changed.</source>
        <translation>« {name} » ne prend pas de mot de passe (une cible {kind} n’en a pas besoin) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” takes no password (it has no --user); nothing was changed.</source>
        <translation>« {name} » ne prend pas de mot de passe (elle n’a pas de --user) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is already a target called “{name}” in this library.</source>
        <translation>Il existe déjà une cible nommée « {name} » dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>The target “{name}” was not added.</source>
        <translation>La cible « {name} » n’a pas été ajoutée.</translation>
    </message>
    <message>
        <source>It uses the password already in the system keychain for {user}.</source>
        <translation>Elle utilise le mot de passe de {user} déjà présent dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Its password is in the system keychain.</source>
        <translation>Son mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Added the {kind} target “{name}” ({url}).</source>
        <translation>Cible {kind} « {name} » ajoutée ({url}).</translation>
    </message>
    <message>
        <source>“{name}” takes no password; nothing was changed.</source>
        <translation>« {name} » ne prend pas de mot de passe ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The target was paused; it is active again.</source>
        <translation>La cible était en pause ; elle est de nouveau active.</translation>
    </message>
    <message>
        <source>The password for “{name}” was replaced in the system keychain.</source>
        <translation>Le mot de passe de « {name} » a été remplacé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This library has no publishing targets yet: add one with “newsroom target add”.</source>
        <translation>Cette bibliothèque n’a pas encore de cible de publication : ajoutez-en une avec « newsroom target add ».</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>password {state}</source>
        <translation>mot de passe {state}</translation>
    </message>
    <message>
        <source>{options} or {option}</source>
        <translation>{options} ou {option}</translation>
    </message>
    <message>
        <source>“{name}” is a {kind} target, which has no {options}; nothing was changed.</source>
        <translation>« {name} » est une cible {kind}, qui n’a pas de {options} ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{pair}” is not BYLINE=USER, such as “Jane Doe=jdoe”.</source>
        <translation>« {pair} » n’est pas de la forme BYLINE=USER, comme « Jane Doe=jdoe ».</translation>
    </message>
    <message>
        <source>{name}: {images}, without their location and camera data.</source>
        <translation>{name} : {images}, sans leurs données de lieu et d’appareil photo.</translation>
    </message>
    <message>
        <source>{name}: taking an article down moves it to the trash.</source>
        <translation>{name} : retirer un article le met à la corbeille.</translation>
    </message>
    <message>
        <source>{name}: taking an article down moves it back to draft.</source>
        <translation>{name} : retirer un article le remet en brouillon.</translation>
    </message>
    <message>
        <source>{name} holds embargoed and scheduled articles itself: they leave this machine before their time.</source>
        <translation>{name} garde lui-même les articles sous embargo et programmés : ils quittent cet ordinateur avant leur heure.</translation>
    </message>
    <message>
        <source>Embargoed and scheduled articles stay on this machine until their time.</source>
        <translation>Les articles sous embargo et programmés restent sur cet ordinateur jusqu’à leur heure.</translation>
    </message>
    <message>
        <source>{byline} → WordPress user {user}</source>
        <translation>{byline} → utilisateur WordPress {user}</translation>
    </message>
    <message>
        <source>warning: “{name}” still has {count} entry in the outbox that will not be sent if it is removed.</source>
        <comment>one</comment>
        <translation>avertissement : « {name} » a encore {count} entrée dans la boîte d’envoi, qui ne sera pas envoyée si la cible est supprimée.</translation>
    </message>
    <message>
        <source>warning: “{name}” still has {count} entries in the outbox that will not be sent if it is removed.</source>
        <comment>many</comment>
        <translation>avertissement : « {name} » a encore {count} entrées dans la boîte d’envoi, qui ne seront pas envoyées si la cible est supprimée.</translation>
    </message>
    <message>
        <source>Remove it anyway? [y/N] </source>
        <translation>La supprimer quand même ? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was removed (add --yes to remove it anyway).</source>
        <translation>Rien n’a été supprimé (ajoutez --yes pour la supprimer quand même).</translation>
    </message>
    <message>
        <source>Removed the target “{name}”.</source>
        <translation>Cible « {name} » supprimée.</translation>
    </message>
    <message>
        <source>“{name}” failed the check: no password is stored for {user} at {url}. Store one with “newsroom target password {name}”.</source>
        <translation>« {name} » n’a pas passé la vérification : aucun mot de passe n’est enregistré pour {user} sur {url}. Enregistrez-en un avec « newsroom target password {name} ».</translation>
    </message>
    <message>
        <source>“{name}” failed the check: {error}</source>
        <translation>« {name} » n’a pas passé la vérification : {error}</translation>
    </message>
    <message>
        <source>“{name}” failed the check: {account} may not publish there.</source>
        <translation>« {name} » n’a pas passé la vérification : {account} n’a pas le droit d’y publier.</translation>
    </message>
    <message>
        <source>The target is paused: “newsroom target password {name}” resumes it.</source>
        <translation>La cible est en pause : « newsroom target password {name} » la réactive.</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <translation>Connecté en tant que {account}.</translation>
    </message>
    <message>
        <source>“{name}” works.</source>
        <translation>« {name} » fonctionne.</translation>
    </message>
</context>
<context>
    <name>CollapsibleGroup</name>
    <message>
        <source>{title} group</source>
        <translation>Groupe {title}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Newsroom has no password for “{name}”. Give it one, then sync again.</source>
        <translation>Newsroom n’a pas de mot de passe pour « {name} ». Indiquez-en un, puis synchronisez à nouveau.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed</source>
        <translation>
            <numerusform>%n ligne modifiée</numerusform>
            <numerusform>%n lignes modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n ligne ajoutée</numerusform>
            <numerusform>%n lignes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n ligne supprimée</numerusform>
            <numerusform>%n lignes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Résumé de la comparaison</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation>extrait</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>In Newsroom</source>
        <translation>Dans Newsroom</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>Sur le site</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this article any more.</source>
        <translation>Il n&apos;y a plus de conflit à résoudre pour cet article.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Conflict: {headline}</source>
        <translation>Conflit&#xa0;: {headline}</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>“{headline}” was changed on {target} since Newsroom last sent it. {message}</source>
        <translation>«&#xa0;{headline}&#xa0;» a été modifié sur {target} depuis le dernier envoi par Newsroom. {message}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Send the version in Newsroom; it replaces the one on the site.</source>
        <translation>Envoyer la version de Newsroom&#xa0;; elle remplace celle du site.</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre celle du site</translation>
    </message>
    <message>
        <source>Bring the site&apos;s version into Newsroom, over yours (Undo in the editor brings yours back).</source>
        <translation>Reprendre la version du site dans Newsroom, à la place de la vôtre (Annuler dans l&apos;éditeur rétablit la vôtre).</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Decide later: merge by hand in the editor, then choose Publish › Update or Keep Mine.</source>
        <translation>Décider plus tard&#xa0;: fusionnez à la main dans l&apos;éditeur, puis choisissez Publier › Mettre à jour ou Garder ma version.</translation>
    </message>
    <message>
        <source>The article is no longer on the site, so there is no version to take. Keep Mine publishes it again; to leave it off the site, discard the entry in Publish › Sync Log…</source>
        <translation>L&apos;article n&apos;est plus sur le site&#xa0;: il n&apos;y a donc pas de version à prendre. Garder ma version le publie à nouveau&#xa0;; pour le laisser hors du site, abandonnez l&apos;entrée dans Publier › Journal de synchronisation…</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>{user} at {address}</source>
        <translation>{user} sur {address}</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>“{headline}”</source>
        <translation>« {headline} »</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>{article} was not exported as {noun}. {error}</source>
        <translation>{article} n’a pas été exporté en {noun}. {error}</translation>
    </message>
    <message>
        <source>{article} was not exported: “{file}” could not be written in {folder} ({reason}).</source>
        <translation>{article} n’a pas été exporté : « {file} » n’a pas pu être écrit dans {folder} ({reason}).</translation>
    </message>
    <message>
        <source>{article} could not be made into {noun} ({error}).</source>
        <translation>{article} n’a pas pu être converti en {noun} ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>Problèmes d’exportation</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exporté vers {file}</translation>
    </message>
    <message>
        <source>“{file}”</source>
        <translation>« {file} »</translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} et %n autre</numerusform>
            <numerusform>{files} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} of the files is already in “{folder}”: {files}. Replace it?</source>
        <comment>one</comment>
        <translation>{count} des fichiers se trouve déjà dans « {folder} » : {files}. Le remplacer ?</translation>
    </message>
    <message>
        <source>{count} of the files are already in “{folder}”: {files}. Replace them?</source>
        <comment>many</comment>
        <translation>{count} des fichiers se trouvent déjà dans « {folder} » : {files}. Les remplacer ?</translation>
    </message>
</context>
<context>
    <name>ExportFolderDialog</name>
    <message numerus="yes">
        <source>Export %n Article(s)</source>
        <translation>
            <numerusform>Exporter %n article</numerusform>
            <numerusform>Exporter %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Export articles</source>
        <translation>Exporter des articles</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d’exportation</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d’exportation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Choisir le dossier d’exportation</translation>
    </message>
    <message>
        <source>Each article becomes a file of its own, named after its slug.</source>
        <translation>Chaque article devient un fichier distinct, nommé d’après son slug.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exporter dans</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Web pages</source>
        <translation>Pages web</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>une page web</translation>
    </message>
    <message>
        <source>Markdown with front matter</source>
        <translation>Markdown avec en-tête YAML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Documents Word</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un document Word</translation>
    </message>
    <message>
        <source>IPTC ninjs news items</source>
        <translation>Dépêches IPTC ninjs</translation>
    </message>
    <message>
        <source>a ninjs news item</source>
        <translation>une dépêche ninjs</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <source>Exported {exported} of %n article(s) ({format}).</source>
        <translation>
            <numerusform>Article exporté : {exported} sur %n ({format}).</numerusform>
            <numerusform>Articles exportés : {exported} sur %n ({format}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the other %n.</source>
        <translation>
            <numerusform>Arrêté avant le dernier.</numerusform>
            <numerusform>Arrêté avant les %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be exported.</source>
        <translation>
            <numerusform>%n n’a pas pu être exporté.</numerusform>
            <numerusform>%n n’ont pas pu être exportés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Stopping after the article being written…</source>
        <translation>Arrêt après l’article en cours d’écriture…</translation>
    </message>
    <message>
        <source>The export could not run: {error}</source>
        <translation>L’exportation n’a pas pu s’exécuter : {error}</translation>
    </message>
    <message>
        <source>export articles</source>
        <translation>exporter les articles</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <source>Newsroom does not export “{name}”; it exports {known}.</source>
        <translation>Newsroom n’exporte pas « {name} » ; il exporte {known}.</translation>
    </message>
    <message>
        <source>Its image “{name}” has the same name as another article&apos;s image just exported into {folder}; export it into a folder of its own.</source>
        <translation>Son image « {name} » porte le même nom que l’image d’un autre article tout juste exportée dans {folder} ; exportez-le dans un dossier à part.</translation>
    </message>
    <message>
        <source>“{path}” already exists; Newsroom does not replace it.</source>
        <translation>« {path} » existe déjà ; Newsroom ne le remplace pas.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: the folder {folder} does not exist.</source>
        <translation>Impossible d’écrire « {name} » : le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written in {folder}: {problem}.</source>
        <translation>Impossible d’écrire « {name} » dans {folder} : {problem}.</translation>
    </message>
    <message>
        <source>“{name}” could not be written in {folder}: {problem}.</source>
        <translation>« {name} » n’a pas pu être écrit dans {folder} : {problem}.</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>External Link</source>
        <translation>Lien externe</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Link title</source>
        <translation>Titre du lien</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>Problème du lien</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Give a web address that starts with https:// or http://.</source>
        <translation>Indiquez une adresse web qui commence par https:// ou http://.</translation>
    </message>
    <message>
        <source>Give the link a title: readers see it, not the address.</source>
        <translation>Donnez un titre au lien&#xa0;: les lecteurs voient le titre, pas l’adresse.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>the site</source>
        <translation>le site</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host}: it did not answer in time. The network may be slow or down, or the site may be busy.</source>
        <translation>Newsroom n’a pas pu joindre {host} : le site n’a pas répondu à temps. Le réseau est peut-être lent ou coupé, ou le site est peut-être surchargé.</translation>
    </message>
    <message>
        <source>{host} did not answer in time: the network may be slow, or the site may be busy.</source>
        <translation>{host} n’a pas répondu à temps : le réseau est peut-être lent, ou le site est peut-être surchargé.</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host} safely: its security (TLS) certificate is not trusted, so nothing was sent. Check the address, or ask whoever runs the site to renew its certificate.</source>
        <translation>Newsroom n’a pas pu joindre {host} de façon sûre : son certificat de sécurité (TLS) n’est pas approuvé, rien n’a donc été envoyé. Vérifiez l’adresse, ou demandez au responsable du site de renouveler son certificat.</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host}: the site cannot be reached at this address right now. It may be down, or the address may be wrong.</source>
        <translation>Newsroom n’a pas pu joindre {host} : le site est injoignable à cette adresse pour le moment. Il est peut-être hors service, ou l’adresse est peut-être erronée.</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host}: there is no such address, or this computer is not connected to the network. Check the address and the connection.</source>
        <translation>Newsroom n’a pas pu joindre {host} : cette adresse n’existe pas, ou cet ordinateur n’est pas connecté au réseau. Vérifiez l’adresse et la connexion.</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host}: this computer may not be connected to the network, or the site may be down.</source>
        <translation>Newsroom n’a pas pu joindre {host} : cet ordinateur n’est peut-être pas connecté au réseau, ou le site est peut-être hors service.</translation>
    </message>
    <message>
        <source>Newsroom could not reach {host}: the connection was cut off before the site answered. The network may be unsteady.</source>
        <translation>Newsroom n’a pas pu joindre {host} : la connexion a été coupée avant que le site ne réponde. Le réseau est peut-être instable.</translation>
    </message>
    <message>
        <source>the site did not accept what was sent</source>
        <translation>le site n’a pas accepté ce qui a été envoyé</translation>
    </message>
    <message>
        <source>the site did not accept the user name and password</source>
        <translation>le site n’a pas accepté le nom d’utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>the site refused access</source>
        <translation>le site a refusé l’accès</translation>
    </message>
    <message>
        <source>the page was not found</source>
        <translation>la page est introuvable</translation>
    </message>
    <message>
        <source>the site waited too long for the request</source>
        <translation>le site a attendu la requête trop longtemps</translation>
    </message>
    <message>
        <source>the site has a conflicting copy</source>
        <translation>le site a une version en conflit</translation>
    </message>
    <message>
        <source>what was sent is too large for the site</source>
        <translation>ce qui a été envoyé est trop volumineux pour le site</translation>
    </message>
    <message>
        <source>the site asks Newsroom to slow down</source>
        <translation>le site demande à Newsroom de ralentir</translation>
    </message>
    <message>
        <source>a server in front of the site could not get an answer</source>
        <translation>un serveur placé devant le site n’a pas obtenu de réponse</translation>
    </message>
    <message>
        <source>the site is unavailable for now</source>
        <translation>le site est indisponible pour le moment</translation>
    </message>
    <message>
        <source>the site had an internal error</source>
        <translation>le site a rencontré une erreur interne</translation>
    </message>
    <message>
        <source>the site refused the request</source>
        <translation>le site a refusé la requête</translation>
    </message>
    <message>
        <source>{words} (HTTP {status})</source>
        <translation>{words} (HTTP {status})</translation>
    </message>
    <message>
        <source>Newsroom ran into a problem it did not expect while preparing it for sending; the sync log has the details for a bug report.</source>
        <translation>Newsroom a rencontré un problème inattendu en préparant l’envoi ; le journal de synchronisation en contient les détails pour un rapport de bogue.</translation>
    </message>
    <message>
        <source>Newsroom ran into a problem it did not expect while connecting to the target; the sync log has the details for a bug report.</source>
        <translation>Newsroom a rencontré un problème inattendu en se connectant à la cible ; le journal de synchronisation en contient les détails pour un rapport de bogue.</translation>
    </message>
    <message>
        <source>Newsroom ran into a problem it did not expect while reading the site.</source>
        <translation>Newsroom a rencontré un problème inattendu en lisant le site.</translation>
    </message>
    <message>
        <source>Newsroom ran into a problem it did not expect while checking the target.</source>
        <translation>Newsroom a rencontré un problème inattendu en vérifiant la cible.</translation>
    </message>
    <message>
        <source>Newsroom ran into a problem it did not expect while sending it; the sync log has the details for a bug report.</source>
        <translation>Newsroom a rencontré un problème inattendu pendant l’envoi ; le journal de synchronisation en contient les détails pour un rapport de bogue.</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>Le site</translation>
    </message>
    <message>
        <source>{host} answered: {status}.</source>
        <translation>{host} a répondu : {status}.</translation>
    </message>
</context>
<context>
    <name>FieldChangeModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>On the site now</source>
        <translation>Actuellement sur le site</translation>
    </message>
    <message>
        <source>After the update</source>
        <translation>Après la mise à jour</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>“{name}” is a folder, not a Newsroom library.</source>
        <translation>« {name} » est un dossier, pas une bibliothèque Newsroom.</translation>
    </message>
    <message>
        <source>“{name}” is an empty file, not a Newsroom library. It was left untouched.</source>
        <translation>« {name} » est un fichier vide, pas une bibliothèque Newsroom. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is not a Newsroom library: it is not a database file (perhaps a text or Markdown file?). It was left untouched.</source>
        <translation>« {name} » n’est pas une bibliothèque Newsroom : ce n’est pas un fichier de base de données (peut-être un fichier texte ou Markdown ?). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: the file ends inside its header. It was left untouched.</source>
        <translation>« {name} » est endommagé : le fichier s’arrête au milieu de son en-tête. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its header is invalid. It was left untouched.</source>
        <translation>« {name} » est endommagé : son en-tête n’est pas valide. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is a database, but not a Newsroom library. It was left untouched.</source>
        <translation>« {name} » est une base de données, mais pas une bibliothèque Newsroom. Il n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Rechercher le résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Rechercher le résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Remplacer ce résultat et rechercher le suivant</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Replace every match at once</source>
        <translation>Remplacer tous les résultats en une fois</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>In the replacement, \1 stands for the first group, \0 the match</source>
        <translation>Dans le remplacement, \1 représente le premier groupe, \0 le résultat entier</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>Invalid regular expression: {error} (at character {position})</source>
        <translation>Expression régulière non valide : {error} (au caractère {position})</translation>
    </message>
    <message>
        <source>Invalid regular expression: {error}</source>
        <translation>Expression régulière non valide : {error}</translation>
    </message>
    <message>
        <source>Replaced {count}</source>
        <translation>Remplacements : {count}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>{count} match</source>
        <comment>one</comment>
        <translation>{count} résultat</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <comment>many</comment>
        <translation>{count} résultats</translation>
    </message>
</context>
<context>
    <name>GhostHttp</name>
    <message>
        <source>{host} did not accept the Admin API key ({why}). Copy it again from Settings › Integrations on the site.</source>
        <translation>{host} n’a pas accepté la clé Admin API ({why}). Copiez-la à nouveau depuis Settings › Integrations sur le site.</translation>
    </message>
    <message>
        <source>{host} refused it (HTTP {status}): {message}</source>
        <translation>{host} l’a refusé (HTTP {status}) : {message}</translation>
    </message>
</context>
<context>
    <name>GhostPublisher</name>
    <message>
        <source>This is not a Ghost Admin API key: it is two parts with a colon between, 24 and 64 letters and digits long, as Settings › Integrations shows it.</source>
        <translation>Ce n’est pas une clé Admin API de Ghost : elle se compose de deux parties séparées par deux-points, de 24 et 64 lettres et chiffres, telle que Settings › Integrations l’affiche.</translation>
    </message>
    <message>
        <source>The Admin API key opens {title} (Ghost {version}).</source>
        <translation>La clé Admin API ouvre {title} (Ghost {version}).</translation>
    </message>
    <message>
        <source>The Admin API key opens {title}.</source>
        <translation>La clé Admin API ouvre {title}.</translation>
    </message>
    <message>
        <source>This article is not on the site, so it cannot be taken off.</source>
        <translation>Cet article n’est pas sur le site ; il ne peut donc pas en être retiré.</translation>
    </message>
    <message>
        <source>The article was changed on the site while it was being sent. Keep your version, take the site&apos;s, or edit.</source>
        <translation>L’article a été modifié sur le site pendant son envoi. Conservez votre version, prenez celle du site, ou modifiez-le.</translation>
    </message>
    <message>
        <source>{host} did not answer with the post it saved.</source>
        <translation>{host} n’a pas renvoyé l’article qu’il a enregistré.</translation>
    </message>
    <message>
        <source>Ghost keeps at most {count} characters of a standfirst: it was shortened there.</source>
        <translation>Ghost conserve au plus {count} caractères d’un chapeau : il y a été raccourci.</translation>
    </message>
    <message>
        <source>The article was deleted on the site since it was last sent. Send it again to publish it anew, or leave it off the site.</source>
        <translation>L’article a été supprimé sur le site depuis son dernier envoi. Envoyez-le à nouveau pour le republier, ou laissez-le hors du site.</translation>
    </message>
    <message>
        <source>The article was changed on the site since it was last sent: {fields}. Keep your version, take the site&apos;s, or edit.</source>
        <translation>L’article a été modifié sur le site depuis son dernier envoi : {fields}. Conservez votre version, prenez celle du site, ou modifiez-le.</translation>
    </message>
    <message>
        <source>{host} took the image “{filename}” but did not say where it is.</source>
        <translation>{host} a accepté l’image « {filename} » mais n’a pas indiqué où elle se trouve.</translation>
    </message>
    <message>
        <source>“{headline}”: {why}</source>
        <translation>« {headline} » : {why}</translation>
    </message>
</context>
<context>
    <name>GoLive</name>
    <message>
        <source>The site holds it until {when} UTC.</source>
        <translation>Le site le retient jusqu’au {when} UTC.</translation>
    </message>
    <message>
        <source>It is on the site, but Newsroom could not mark it published: {error}</source>
        <translation>Il est sur le site, mais Newsroom n’a pas pu le marquer comme publié : {error}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>d MMM yyyy, HH:mm:ss</source>
        <translation>d MMM yyyy, HH:mm:ss</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Revision columns</source>
        <translation>Colonnes des révisions</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show two selected versions side by side, or one beside the version before it.</source>
        <translation>Afficher côte à côte deux versions sélectionnées, ou une version à côté de la précédente.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Put the headline, standfirst and text of the selected version back.</source>
        <translation>Rétablir le titre, le chapeau et le texte de la version sélectionnée.</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>{host} answered with a web page instead of data: the network may need a sign-in (as in a hotel or on a train), or a proxy is in the way.</source>
        <translation>{host} a répondu par une page web au lieu de données : le réseau demande peut-être une connexion (comme dans un hôtel ou un train), ou un proxy s’interpose.</translation>
    </message>
    <message>
        <source>{host} answered with something that is not JSON instead of data: the network may need a sign-in (as in a hotel or on a train), or a proxy is in the way.</source>
        <translation>{host} a répondu par autre chose que du JSON au lieu de données : le réseau demande peut-être une connexion (comme dans un hôtel ou un train), ou un proxy s’interpose.</translation>
    </message>
    <message>
        <source>{host} did not accept the user name and password ({message}).</source>
        <translation>{host} n’a pas accepté le nom d’utilisateur et le mot de passe ({message}).</translation>
    </message>
    <message>
        <source>{host} is busy or failing (HTTP {status}: {message}).</source>
        <translation>{host} est occupé ou en panne (HTTP {status} : {message}).</translation>
    </message>
    <message>
        <source>{host} refused it (HTTP {status}): {message}</source>
        <translation>{host} l’a refusé (HTTP {status}) : {message}</translation>
    </message>
</context>
<context>
    <name>ImageDetailsDialog</name>
    <message>
        <source>This photo records where it was taken (GPS). Newsroom removes the location and camera serial numbers from every published copy; the original stays in your library.</source>
        <translation>Cette photo indique où elle a été prise (GPS). Newsroom supprime la position et les numéros de série de l’appareil de chaque copie publiée ; l’original reste dans votre bibliothèque.</translation>
    </message>
    <message>
        <source>Image Details</source>
        <translation>Détails de l’image</translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation>Ce que montre la photo</translation>
    </message>
    <message>
        <source>Photographer / agency, such as Reuters</source>
        <translation>Photographe / agence, par exemple Reuters</translation>
    </message>
    <message>
        <source>A description for readers who cannot see it</source>
        <translation>Une description pour les lecteurs qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>&amp;Crédit :</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Texte &amp;alternatif :</translation>
    </message>
    <message>
        <source>Location in the photo</source>
        <translation>Position dans la photo</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Faire pivoter à &amp;gauche</translation>
    </message>
    <message>
        <source>Rotate Left</source>
        <translation>Faire pivoter à gauche</translation>
    </message>
    <message>
        <source>Rotate R&amp;ight</source>
        <translation>Faire pivoter à &amp;droite</translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation>Faire pivoter à droite</translation>
    </message>
    <message>
        <source>Crop aspect ratio</source>
        <translation>Proportions du recadrage</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>As&amp;pect:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Set &amp;Focal Point</source>
        <translation>Définir le &amp;point focal</translation>
    </message>
    <message>
        <source>Set Focal Point</source>
        <translation>Définir le point focal</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Reset image edits</source>
        <translation>Annuler les retouches de l’image</translation>
    </message>
</context>
<context>
    <name>ImageEditView</name>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Image crop and focal point</source>
        <translation>Recadrage et point focal de l’image</translation>
    </message>
    <message>
        <source>Drag to crop, drag a corner to resize, arrow keys move the crop; in focal point mode a click or the arrow keys place the focal point.</source>
        <translation>Faites glisser pour recadrer, faites glisser un coin pour redimensionner, les touches fléchées déplacent le recadrage ; en mode point focal, un clic ou les touches fléchées placent le point focal.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
</context>
<context>
    <name>ImageList</name>
    <message numerus="yes">
        <source>{where}: %n image(s) left out: not PNG, JPEG, GIF or WebP (save them as one of these and add them by hand).</source>
        <translation>
            <numerusform>{where} : %n image laissée de côté : ni PNG, ni JPEG, ni GIF, ni WebP (enregistrez-la dans l’un de ces formats et ajoutez-la à la main).</numerusform>
            <numerusform>{where} : %n images laissées de côté : ni PNG, ni JPEG, ni GIF, ni WebP (enregistrez-les dans l’un de ces formats et ajoutez-les à la main).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Everything Newsroom imports ({patterns})</source>
        <translation>Tout ce que Newsroom importe ({patterns})</translation>
    </message>
    <message>
        <source>{file}: the library could not store it ({error}).</source>
        <translation>{file} : la bibliothèque n’a pas pu l’enregistrer ({error}).</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n article(s) from {done} of {total} files.</source>
        <translation>
            <numerusform>%n article importé ; fichiers traités : {done} sur {total}.</numerusform>
            <numerusform>%n articles importés ; fichiers traités : {done} sur {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the other %n.</source>
        <translation>
            <numerusform>Arrêté avant le dernier.</numerusform>
            <numerusform>Arrêté avant les %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported; nothing of them was kept.</source>
        <translation>
            <numerusform>%n n’a pas pu être importé ; rien n’en a été conservé.</numerusform>
            <numerusform>%n n’ont pas pu être importés ; rien n’en a été conservé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Stopping after the file being read…</source>
        <translation>Arrêt après le fichier en cours de lecture…</translation>
    </message>
    <message>
        <source>The import could not run: {error}</source>
        <translation>L’importation n’a pas pu s’exécuter : {error}</translation>
    </message>
    <message>
        <source>import files</source>
        <translation>importer les fichiers</translation>
    </message>
    <message>
        <source>“{file}”</source>
        <translation>« {file} »</translation>
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
        <translation>Documents Word</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Pages web</translation>
    </message>
    <message>
        <source>WordPress export files</source>
        <translation>Fichiers d’export WordPress</translation>
    </message>
    <message>
        <source>{path}: Newsroom cannot import this kind of file ({kinds}).</source>
        <translation>{path} : Newsroom ne peut pas importer ce type de fichier ({kinds}).</translation>
    </message>
    <message>
        <source>{path}: the file is {size} MB; Newsroom imports files of up to {most} MB.</source>
        <translation>{path} : le fichier fait {size} Mo ; Newsroom importe des fichiers de {most} Mo au plus.</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path} : ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>{path}: this is a folder, not a file.</source>
        <translation>{path} : c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read ({problem}).</source>
        <translation>{path} : le fichier ne peut pas être lu ({problem}).</translation>
    </message>
    <message>
        <source>{path}: there is no article in this file.</source>
        <translation>{path} : ce fichier ne contient aucun article.</translation>
    </message>
    <message>
        <source>{path}: the section chosen for the import is no longer in the library.</source>
        <translation>{path} : la rubrique choisie pour l’import n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>{path}: not a UTF-8 text file.</source>
        <translation>{path} : ce n’est pas un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>{path}: there is no web page in this file.</source>
        <translation>{path} : ce fichier ne contient aucune page web.</translation>
    </message>
    <message>
        <source>{path}: the page&apos;s date “{date}” was not understood.</source>
        <translation>{path} : la date de la page « {date} » n’a pas été comprise.</translation>
    </message>
    <message>
        <source>{path}: there is no headline and no text to import.</source>
        <translation>{path} : il n’y a ni titre ni texte à importer.</translation>
    </message>
    <message>
        <source>{path}: the document is protected by a password. Open it in Word, remove the password (File › Info › Protect Document), save it, and import it again.</source>
        <translation>{path} : le document est protégé par un mot de passe. Ouvrez-le dans Word, supprimez le mot de passe (Fichier › Informations › Protéger le document), enregistrez-le, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{path}: this is an old Word document (.doc). Open it in Word or LibreOffice, save it as a Word document (.docx), and import that.</source>
        <translation>{path} : c’est un ancien document Word (.doc). Ouvrez-le dans Word ou LibreOffice, enregistrez-le au format document Word (.docx), puis importez ce dernier.</translation>
    </message>
    <message>
        <source>{path}: the file is damaged or incomplete (it is not a whole Word document). If it came by e-mail or download, fetch it again.</source>
        <translation>{path} : le fichier est endommagé ou incomplet (ce n’est pas un document Word entier). S’il vient d’un e-mail ou d’un téléchargement, récupérez-le de nouveau.</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (its part “{part}” is broken).</source>
        <translation>{path} : le fichier est endommagé (sa partie « {part} » est abîmée).</translation>
    </message>
    <message>
        <source>{path}: this is not a Word document.</source>
        <translation>{path} : ce n’est pas un document Word.</translation>
    </message>
    <message>
        <source>{path}: the document could not be read ({problem}).</source>
        <translation>{path} : le document n’a pas pu être lu ({problem}).</translation>
    </message>
    <message>
        <source>{path}: the document has no text to import.</source>
        <translation>{path} : le document ne contient aucun texte à importer.</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n kind(s) of formatting had no Markdown and were left as plain text.</source>
        <translation>
            <numerusform>{path} : %n type de mise en forme n’a pas d’équivalent Markdown et a été laissé en texte brut.</numerusform>
            <numerusform>{path} : %n types de mise en forme n’ont pas d’équivalent Markdown et ont été laissés en texte brut.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the file declares entities, which a WordPress export never does; it was not read.</source>
        <translation>{path} : le fichier déclare des entités, ce que ne fait jamais un export WordPress ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>{path}: the file is damaged or incomplete (not well-formed XML: {problem}).</source>
        <translation>{path} : le fichier est endommagé ou incomplet (XML mal formé : {problem}).</translation>
    </message>
    <message>
        <source>{path}: this is not a WordPress export file (WXR).</source>
        <translation>{path} : ce n’est pas un fichier d’export WordPress (WXR).</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n item(s) that are not posts (pages, images, menus, the bin, automatic drafts) were left out.</source>
        <translation>
            <numerusform>{path} : %n élément qui n’est pas un article (pages, images, menus, corbeille, brouillons automatiques) a été laissé de côté.</numerusform>
            <numerusform>{path} : %n éléments qui ne sont pas des articles (pages, images, menus, corbeille, brouillons automatiques) ont été laissés de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n post(s) with no title and no text left out.</source>
        <translation>
            <numerusform>{path} : %n article sans titre ni texte laissé de côté.</numerusform>
            <numerusform>{path} : %n articles sans titre ni texte laissés de côté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyringStore</name>
    <message>
        <source>the keychain gave no reason</source>
        <translation>le trousseau n’a donné aucune raison</translation>
    </message>
    <message>
        <source>The password for “{name}” could not be read from the keychain ({reason}).</source>
        <translation>Le mot de passe de « {name} » n’a pas pu être lu dans le trousseau ({reason}).</translation>
    </message>
    <message>
        <source>The password for “{name}” could not be stored in the keychain ({reason}).</source>
        <translation>Le mot de passe de « {name} » n’a pas pu être enregistré dans le trousseau ({reason}).</translation>
    </message>
    <message>
        <source>The keychain did not keep the password for “{name}”: what it gave back differs from what was stored. Nothing was saved; try again, or check the system keychain.</source>
        <translation>Le trousseau n’a pas conservé le mot de passe de « {name} » : ce qu’il a renvoyé diffère de ce qui a été enregistré. Rien n’a été enregistré ; réessayez, ou vérifiez le trousseau du système.</translation>
    </message>
    <message>
        <source>The password for “{name}” could not be removed from the keychain ({reason}).</source>
        <translation>Le mot de passe de « {name} » n’a pas pu être supprimé du trousseau ({reason}).</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>{name} (not known to this version of Newsroom)</source>
        <translation>{name} (inconnu de cette version de Newsroom)</translation>
    </message>
    <message>
        <source>“{name}” is not a kind of target Newsroom knows ({choices}).</source>
        <translation>« {name} » n’est pas un type de cible que Newsroom connaît ({choices}).</translation>
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
        <translation>Un site Ghost n’a pas de nom d’utilisateur ici&#xa0;: indiquez plutôt sa clé Admin API.</translation>
    </message>
    <message>
        <source>Admin API &amp;key:</source>
        <translation>&amp;Clé Admin API :</translation>
    </message>
    <message>
        <source>The Admin API key (id:secret)</source>
        <translation>La clé Admin API (id:secret)</translation>
    </message>
    <message>
        <source> (the Admin API key of a custom integration, under Settings › Integrations on the site)</source>
        <translation> (la clé Admin API d’une intégration personnalisée, sous Settings › Integrations sur le site)</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Clé Admin API</translation>
    </message>
    <message>
        <source>Keep the Admin API key for this session only</source>
        <translation>Conserver la clé Admin API pour cette session uniquement</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored Admin API key</source>
        <translation>Laisser vide pour garder la clé Admin API enregistrée</translation>
    </message>
    <message>
        <source>Kept for this session only; type a new key to replace it</source>
        <translation>Conservée pour cette session uniquement&#xa0;; saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>No key kept yet: type it</source>
        <translation>Aucune clé conservée pour l&apos;instant&#xa0;: saisissez-la</translation>
    </message>
    <message>
        <source>Type the Admin API key{help}.</source>
        <translation>Saisissez la clé Admin API{help}.</translation>
    </message>
    <message>
        <source>It uses the Admin API key already kept for this site.</source>
        <translation>Elle utilise la clé Admin API déjà conservée pour ce site.</translation>
    </message>
    <message>
        <source>The Admin API key is in the system keychain.</source>
        <translation>La clé Admin API est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The Admin API key is kept for this session only.</source>
        <translation>La clé Admin API est conservée pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The address changed: type the Admin API key for it.</source>
        <translation>L&apos;adresse a changé&#xa0;: saisissez la clé Admin API correspondante.</translation>
    </message>
    <message>
        <source>There is no Admin API key for “{name}”: type it first.</source>
        <translation>Il n&apos;y a pas de clé Admin API pour «&#xa0;{name}&#xa0;»&#xa0;: saisissez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Publishing to this target is paused: it did not accept the Admin API key. Type the new one and save.</source>
        <translation>La publication sur cette cible est en pause&#xa0;: elle n&apos;a pas accepté la clé Admin API. Saisissez la nouvelle et enregistrez.</translation>
    </message>
    <message>
        <source>Also forget its Admin API key (other libraries may use it)</source>
        <translation>Oublier aussi sa clé Admin API (d&apos;autres bibliothèques peuvent l&apos;utiliser)</translation>
    </message>
    <message>
        <source>Admin API key for {name}</source>
        <translation>Clé Admin API pour {name}</translation>
    </message>
    <message>
        <source>“{name}” did not accept the Admin API key, so publishing to it is paused.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas accepté la clé Admin API&#xa0;: la publication y est donc en pause.</translation>
    </message>
    <message>
        <source>Type the Admin API key for {who}{help}.</source>
        <translation>Saisissez la clé Admin API de {who}{help}.</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Conserver la clé pour cette session uniquement</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Keep the password for this session only</source>
        <translation>Conserver le mot de passe pour cette session uniquement</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Laisser vide pour garder le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Kept for this session only; type a new one to replace it</source>
        <translation>Conservé pour cette session uniquement&#xa0;; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>None kept yet: type it</source>
        <translation>Aucun conservé pour l&apos;instant&#xa0;: saisissez-le</translation>
    </message>
    <message>
        <source>Type the password{help}.</source>
        <translation>Saisissez le mot de passe{help}.</translation>
    </message>
    <message>
        <source>It uses the password already kept for {user}.</source>
        <translation>Elle utilise le mot de passe déjà conservé pour {user}.</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The password is kept for this session only.</source>
        <translation>Le mot de passe est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The address or user name changed: type the password for them.</source>
        <translation>L&apos;adresse ou le nom d&apos;utilisateur a changé&#xa0;: saisissez le mot de passe correspondant.</translation>
    </message>
    <message>
        <source>There is no password for “{name}”: type it first.</source>
        <translation>Il n&apos;y a pas de mot de passe pour «&#xa0;{name}&#xa0;»&#xa0;: saisissez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Publishing to this target is paused: it did not accept the password. Type the new one and save.</source>
        <translation>La publication sur cette cible est en pause&#xa0;: elle n&apos;a pas accepté le mot de passe. Saisissez le nouveau et enregistrez.</translation>
    </message>
    <message>
        <source>Also forget its password (other libraries may use it)</source>
        <translation>Oublier aussi son mot de passe (d&apos;autres bibliothèques peuvent l&apos;utiliser)</translation>
    </message>
    <message>
        <source>Password for {name}</source>
        <translation>Mot de passe pour {name}</translation>
    </message>
    <message>
        <source>“{name}” did not accept the password, so publishing to it is paused.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas accepté le mot de passe&#xa0;: la publication y est donc en pause.</translation>
    </message>
    <message>
        <source>Type the password for {who}{help}.</source>
        <translation>Saisissez le mot de passe de {who}{help}.</translation>
    </message>
    <message>
        <source>Keep it for this session only</source>
        <translation>Le conserver pour cette session uniquement</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Le mot de passe</translation>
    </message>
    <message>
        <source>Let the site h&amp;old embargoed and scheduled posts until their time</source>
        <translation>Laisser le site &amp;retenir les articles sous embargo et programmés jusqu’à leur heure</translation>
    </message>
    <message>
        <source>Let the site hold embargoed and scheduled posts until their time</source>
        <translation>Laisser le site retenir les articles sous embargo et programmés jusqu’à leur heure</translation>
    </message>
    <message>
        <source>Off: Newsroom keeps such an article in its outbox and sends it when its time comes (this computer must then be on). On: it goes to the site at once, as a scheduled post.</source>
        <translation>Désactivé : Newsroom garde un tel article dans sa boîte d’envoi et l’envoie le moment venu (cet ordinateur doit alors être allumé). Activé : il part aussitôt sur le site, comme article programmé.</translation>
    </message>
    <message>
        <source>⚠ The story then leaves this computer before its embargo: it waits on the site, where anyone who can see the site&apos;s drafts and scheduled posts can read it.</source>
        <translation>⚠ L’article quitte alors cet ordinateur avant la fin de son embargo : il attend sur le site, où toute personne pouvant voir les brouillons et les articles programmés du site peut le lire.</translation>
    </message>
    <message>
        <source>Warning about embargoes</source>
        <translation>Avertissement sur les embargos</translation>
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
        <translation>Un site Micropub n’a pas de nom d’utilisateur ici : son jeton d’accès va dans le champ du jeton.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d’accès :</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Le jeton d’accès</translation>
    </message>
    <message>
        <source> (an access token for the site&apos;s Micropub endpoint)</source>
        <translation> (un jeton d’accès pour le point d’accès Micropub du site)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Keep the access token for this session only</source>
        <translation>Conserver le jeton d&apos;accès pour cette session uniquement</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored access token</source>
        <translation>Laisser vide pour garder le jeton d&apos;accès enregistré</translation>
    </message>
    <message>
        <source>Kept for this session only; type a new token to replace it</source>
        <translation>Conservé pour cette session uniquement&#xa0;; saisissez un nouveau jeton pour le remplacer</translation>
    </message>
    <message>
        <source>No token kept yet: type it</source>
        <translation>Aucun jeton conservé pour l&apos;instant&#xa0;: saisissez-le</translation>
    </message>
    <message>
        <source>Type the access token{help}.</source>
        <translation>Saisissez le jeton d&apos;accès{help}.</translation>
    </message>
    <message>
        <source>It uses the access token already kept for this site.</source>
        <translation>Elle utilise le jeton d&apos;accès déjà conservé pour ce site.</translation>
    </message>
    <message>
        <source>The access token is in the system keychain.</source>
        <translation>Le jeton d&apos;accès est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The access token is kept for this session only.</source>
        <translation>Le jeton d&apos;accès est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The address changed: type the access token for it.</source>
        <translation>L&apos;adresse a changé&#xa0;: saisissez le jeton d&apos;accès correspondant.</translation>
    </message>
    <message>
        <source>There is no access token for “{name}”: type it first.</source>
        <translation>Il n&apos;y a pas de jeton d&apos;accès pour «&#xa0;{name}&#xa0;»&#xa0;: saisissez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Publishing to this target is paused: it did not accept the access token. Type the new one and save.</source>
        <translation>La publication sur cette cible est en pause&#xa0;: elle n&apos;a pas accepté le jeton d&apos;accès. Saisissez le nouveau et enregistrez.</translation>
    </message>
    <message>
        <source>Also forget its access token (other libraries may use it)</source>
        <translation>Oublier aussi son jeton d&apos;accès (d&apos;autres bibliothèques peuvent l&apos;utiliser)</translation>
    </message>
    <message>
        <source>Access token for {name}</source>
        <translation>Jeton d&apos;accès pour {name}</translation>
    </message>
    <message>
        <source>“{name}” did not accept the access token, so publishing to it is paused.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas accepté le jeton d&apos;accès&#xa0;: la publication y est donc en pause.</translation>
    </message>
    <message>
        <source>Type the access token for {who}{help}.</source>
        <translation>Saisissez le jeton d&apos;accès de {who}{help}.</translation>
    </message>
    <message>
        <source>Keep the token for this session only</source>
        <translation>Conserver le jeton pour cette session uniquement</translation>
    </message>
    <message>
        <source>ninjs (HTTP push)</source>
        <translation>ninjs (envoi HTTP)</translation>
    </message>
    <message>
        <source>https://wire.example.org/ninjs</source>
        <translation>https://wire.example.org/ninjs</translation>
    </message>
    <message>
        <source>Static site (a folder)</source>
        <translation>Site statique (un dossier)</translation>
    </message>
    <message>
        <source>/home/me/site</source>
        <translation>/home/moi/site</translation>
    </message>
    <message>
        <source>A static site is a folder: it has no user name.</source>
        <translation>Un site statique est un dossier : il n’a pas de nom d’utilisateur.</translation>
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
        <translation>Une cible WordPress a besoin du nom d’utilisateur sous lequel le site vous connaît.</translation>
    </message>
    <message>
        <source>An application password</source>
        <translation>Un mot de passe d’application</translation>
    </message>
    <message>
        <source> (an application password, from your profile on the site)</source>
        <translation> (un mot de passe d’application, depuis votre profil sur le site)</translation>
    </message>
    <message>
        <source>When an article is &amp;taken down:</source>
        <translation>Quand un article est &amp;retiré :</translation>
    </message>
    <message>
        <source>When an article is taken down</source>
        <translation>Quand un article est retiré</translation>
    </message>
    <message>
        <source>What the site does with the post when an article is spiked, unpublished or trashed here. A draft can be published again; the site&apos;s trash is emptied by WordPress after a while.</source>
        <translation>Ce que le site fait de l’article quand celui-ci est écarté, dépublié ou mis à la corbeille ici. Un brouillon peut être republié ; WordPress vide la corbeille du site au bout d’un certain temps.</translation>
    </message>
    <message>
        <source>Move to draft</source>
        <translation>Remettre en brouillon</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
</context>
<context>
    <name>LengthCount</name>
    <message numerus="yes">
        <source>%n character(s) over</source>
        <translation>
            <numerusform>%n caractère de trop</numerusform>
            <numerusform>%n caractères de trop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n caractère restant</numerusform>
            <numerusform>%n caractères restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>“{name}” is damaged ({problem}).</source>
        <translation>« {name} » est endommagé ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” is open read-only; nothing was changed.</source>
        <translation>« {name} » est ouvert en lecture seule ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no article “{slug}” in this library.</source>
        <translation>Cette bibliothèque ne contient pas d’article « {slug} ».</translation>
    </message>
    <message>
        <source>Write the text of the note: it is empty.</source>
        <translation>Rédigez le texte de la note : il est vide.</translation>
    </message>
    <message>
        <source>There is no article number {number} in this library.</source>
        <translation>Cette bibliothèque ne contient pas d’article numéro {number}.</translation>
    </message>
    <message>
        <source>There is no image “{key}” in this library.</source>
        <translation>Cette bibliothèque ne contient pas d’image « {key} ».</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened ({problem}). It was left untouched.</source>
        <translation>« {name} » est endommagé et ne peut pas être ouvert ({problem}). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened (it is shorter than its header says: part of it is missing). It was left untouched.</source>
        <translation>« {name} » est endommagé et ne peut pas être ouvert (il est plus court que ce qu’indique son en-tête : une partie manque). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is already open in another Newsroom window. Close it there first: a library is edited by one Newsroom at a time.</source>
        <translation>« {name} » est déjà ouvert dans une autre fenêtre de Newsroom. Fermez-le d’abord là-bas : une bibliothèque ne se modifie que dans un seul Newsroom à la fois.</translation>
    </message>
    <message>
        <source>“{name}” cannot be locked for editing ({problem}).</source>
        <translation>« {name} » ne peut pas être verrouillé pour modification ({problem}).</translation>
    </message>
    <message>
        <source>There is no library at “{path}”.</source>
        <translation>Il n’y a pas de bibliothèque à l’emplacement « {path} ».</translation>
    </message>
    <message>
        <source>“{name}” comes from an older Newsroom and must be upgraded, but it is read-only. Make it writable and open it again.</source>
        <translation>« {name} » provient d’une version plus ancienne de Newsroom et doit être mis à niveau, mais il est en lecture seule. Rendez-le modifiable, puis ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <source>“{name}” could not be upgraded to this version of Newsroom ({problem}). It was left as it was.</source>
        <translation>« {name} » n’a pas pu être mis à niveau vers cette version de Newsroom ({problem}). Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>“{name}” appeared while it was being created.</source>
        <translation>« {name} » est apparu pendant sa création.</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>spiked</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>“{headline}”</source>
        <translation>« {headline} »</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} et {last}</translation>
    </message>
    <message>
        <source>Library browser</source>
        <translation>Navigateur de la bibliothèque</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Rechercher des articles (Ctrl+F)</translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation>Filtre de rubrique</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre de mot-clé</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Afficher la corbeille</translation>
    </message>
    <message>
        <source>Show the articles in the trash instead</source>
        <translation>Afficher plutôt les articles de la corbeille</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Article columns</source>
        <translation>Colonnes des articles</translation>
    </message>
    <message>
        <source>Article count</source>
        <translation>Nombre d’articles</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message>
        <source>Search Failed</source>
        <translation>Échec de la recherche</translation>
    </message>
    <message>
        <source>Move to Section…</source>
        <translation>Déplacer vers une rubrique…</translation>
    </message>
    <message>
        <source>Move to section</source>
        <translation>Déplacer vers une rubrique</translation>
    </message>
    <message>
        <source>Move the selected articles to another section</source>
        <translation>Déplacer les articles sélectionnés vers une autre rubrique</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Move the selected articles along the workflow</source>
        <translation>Faire avancer les articles sélectionnés dans le flux de travail</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Move the selected articles to the trash (Delete)</source>
        <translation>Mettre les articles sélectionnés à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Take the selected articles out of the trash</source>
        <translation>Sortir les articles sélectionnés de la corbeille</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Delete every article in the trash for good</source>
        <translation>Supprimer définitivement tous les articles de la corbeille</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the selected articles into a folder, one file each</source>
        <translation>Écrire les articles sélectionnés dans un dossier, un fichier par article</translation>
    </message>
    <message>
        <source>Export articles</source>
        <translation>Exporter les articles</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Toutes les rubriques</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message numerus="yes">
        <source>{count} article(s) found</source>
        <translation>
            <numerusform>{count} article trouvé</numerusform>
            <numerusform>{count} articles trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} article(s) in the trash</source>
        <translation>
            <numerusform>{count} article dans la corbeille</numerusform>
            <numerusform>{count} articles dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} article(s)</source>
        <translation>
            <numerusform>{count} article</numerusform>
            <numerusform>{count} articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Article actions</source>
        <translation>Actions sur les articles</translation>
    </message>
    <message>
        <source>Move to Section</source>
        <translation>Déplacer vers une rubrique</translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to:</source>
        <translation>
            <numerusform>Déplacer %n article vers :</numerusform>
            <numerusform>Déplacer %n articles vers :</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles Not Moved</source>
        <translation>Articles non déplacés</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to {section}.</source>
        <translation>
            <numerusform>%n article déplacé vers {section}.</numerusform>
            <numerusform>%n articles déplacés vers {section}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) now {status}.</source>
        <translation>
            <numerusform>%n article désormais au statut « {status} ».</numerusform>
            <numerusform>%n articles désormais au statut « {status} ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Articles Kept Their Status</source>
        <translation>Certains articles ont gardé leur statut</translation>
    </message>
    <message>
        <source>Articles Not Moved to the Trash</source>
        <translation>Articles non mis à la corbeille</translation>
    </message>
    <message>
        <source>Moved {article} to the trash.</source>
        <translation>{article} mis à la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash.</source>
        <translation>
            <numerusform>%n article mis à la corbeille.</numerusform>
            <numerusform>%n articles mis à la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles Not Restored</source>
        <translation>Articles non restaurés</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s).</source>
        <translation>
            <numerusform>%n article restauré.</numerusform>
            <numerusform>%n articles restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the {count} article(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement {count} article de la corbeille ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les {count} articles de la corbeille ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash Not Emptied</source>
        <translation>Corbeille non vidée</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>1 article was moved to {status}.</source>
        <comment>one</comment>
        <translation>1 article a été passé à « {status} ».</translation>
    </message>
    <message>
        <source>{count} articles were moved to {status}.</source>
        <comment>many</comment>
        <translation>{count} articles ont été passés à « {status} ».</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) could not be moved to {status}:</source>
        <translation>
            <numerusform>%n article n’a pas pu être passé à « {status} » :</numerusform>
            <numerusform>%n articles n’ont pas pu être passés à « {status} » :</numerusform>
        </translation>
    </message>
    <message>
        <source>• {article}: {reason}</source>
        <translation>• {article} : {reason}</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…et {count} de plus.</translation>
    </message>
</context>
<context>
    <name>LibraryBrowserModel</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>The library could not be searched: {error}</source>
        <translation>La recherche dans la bibliothèque a échoué : {error}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd d MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Modifié le {when}</translation>
    </message>
    <message numerus="yes">
        <source>{count} word(s)</source>
        <translation>
            <numerusform>{count} mot</numerusform>
            <numerusform>{count} mots</numerusform>
        </translation>
    </message>
    <message>
        <source>never published</source>
        <translation>jamais publié</translation>
    </message>
    <message>
        <source>Publishing: {state}</source>
        <translation>Publication : {state}</translation>
    </message>
</context>
<context>
    <name>LibraryReader</name>
    <message>
        <source>read the library</source>
        <translation>lire la bibliothèque</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <source>render preview</source>
        <translation>afficher l’aperçu</translation>
    </message>
    <message>
        <source>The preview could not be drawn. Your text is safe.</source>
        <translation>L’aperçu n’a pas pu être affiché. Votre texte ne risque rien.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Newsroom libraries (*{suffix});;All files (*)</source>
        <translation>Bibliothèques Newsroom (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Newsroom</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liens associés</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Library mode</source>
        <translation>Mode de la bibliothèque</translation>
    </message>
    <message>
        <source>This library is open read-only: changes cannot be made.</source>
        <translation>Cette bibliothèque est ouverte en lecture seule&#xa0;: aucune modification n’est possible.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>No spelling dictionary for {language} here: spelling is not checked.</source>
        <translation>Aucun dictionnaire orthographique disponible ici pour la langue {language}&#xa0;: l’orthographe n’est pas vérifiée.</translation>
    </message>
    <message>
        <source>Image Not Added</source>
        <translation>Image non ajoutée</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>Nouvelle &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Bibliothèques &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write the open article, as it is in the editor, to a Markdown file elsewhere.</source>
        <translation>Écrire l’article ouvert, tel qu’il est dans l’éditeur, dans un fichier Markdown à un autre endroit.</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Sauvegarder la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>T&amp;ypographic Quotes and Dashes</source>
        <translation>Guillemets et tirets t&amp;ypographiques</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>Mode &amp;concentration</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Import Site Theme…</source>
        <translation>&amp;Importer un thème de site…</translation>
    </message>
    <message>
        <source>Use the &amp;Default Site Theme</source>
        <translation>Utiliser le thème de site par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Sections…</source>
        <translation>&amp;Rubriques…</translation>
    </message>
    <message>
        <source>&amp;Media…</source>
        <translation>&amp;Médias…</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>Corrections and &amp;Updates…</source>
        <translation>Corrections et &amp;mises à jour…</translation>
    </message>
    <message>
        <source>The dated corrections and updates under the article.</source>
        <translation>Les corrections et mises à jour datées, affichées sous l’article.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Newsroom</source>
        <translation>À &amp;propos de Newsroom</translation>
    </message>
    <message>
        <source>No recent libraries</source>
        <translation>Aucune bibliothèque récente</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Effacer le menu</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Your latest changes are not in the library yet, so an export would leave them out. Use File › Save a Copy As… to keep them now, or export again once the article is saved.</source>
        <translation>Vos dernières modifications ne sont pas encore dans la bibliothèque&#xa0;: une exportation les laisserait de côté. Utilisez Fichier › Enregistrer une copie sous… pour les garder dès maintenant, ou exportez de nouveau une fois l’article enregistré.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>This library is open read-only: nothing can be imported into it.</source>
        <translation>Cette bibliothèque est ouverte en lecture seule&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>An import is running; wait for it to finish, then try again.</source>
        <translation>Une importation est en cours ; attendez qu’elle se termine, puis réessayez.</translation>
    </message>
    <message>
        <source>Write, preview and publish news articles.</source>
        <translation>Rédigez, prévisualisez et publiez des articles d’actualité.</translation>
    </message>
    <message>
        <source>About Newsroom</source>
        <translation>À propos de Newsroom</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The article is saved again.</source>
        <translation>L’article est de nouveau enregistré.</translation>
    </message>
    <message>
        <source>A copy of the article was saved as {path}.</source>
        <translation>Une copie de l’article a été enregistrée sous {path}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>Échec de l’opération «&#xa0;{task}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{headline} — {library} [read-only] — Newsroom</source>
        <translation>{headline} — {library} [lecture seule] — Newsroom</translation>
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
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Write the story in Markdown…</source>
        <translation>Rédigez l’article en Markdown…</translation>
    </message>
    <message>
        <source>Editor menu</source>
        <translation>Menu de l’éditeur</translation>
    </message>
    <message>
        <source>No spelling suggestions</source>
        <translation>Aucune suggestion orthographique</translation>
    </message>
    <message>
        <source>Ignore “{word}”</source>
        <translation>Ignorer « {word} »</translation>
    </message>
</context>
<context>
    <name>MediaItem</name>
    <message>
        <source>Not used</source>
        <translation>Non utilisée</translation>
    </message>
    <message>
        <source>Used in 0 articles in the trash</source>
        <translation>Utilisée seulement par des articles de la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n article(s)</source>
        <translation>
            <numerusform>Utilisée dans %n article</numerusform>
            <numerusform>Utilisée dans %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>({count} more in the trash)</source>
        <translation>({count} de plus dans la corbeille)</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Search file names, alt text, captions and credits</source>
        <translation>Rechercher dans les noms de fichier, textes alternatifs, légendes et crédits</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>Rechercher des images</translation>
    </message>
    <message>
        <source>&amp;Unused only</source>
        <translation>&amp;Inutilisées seulement</translation>
    </message>
    <message>
        <source>Show only images no article uses</source>
        <translation>N’afficher que les images qu’aucun article n’utilise</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Aperçu de l’image</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>Texte alternatif :</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Légende :</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Crédit :</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ajoutée :</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>Utilisée dans :</translation>
    </message>
    <message>
        <source>Articles that use the image</source>
        <translation>Articles qui utilisent l’image</translation>
    </message>
    <message>
        <source>Image details</source>
        <translation>Détails de l’image</translation>
    </message>
    <message>
        <source>&amp;Insert in Article</source>
        <translation>&amp;Insérer dans l’article</translation>
    </message>
    <message>
        <source>Insert the image at the cursor of the open article (Enter)</source>
        <translation>Insérer l’image à la position du curseur dans l’article ouvert (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Replace Everywhere…</source>
        <translation>&amp;Remplacer partout…</translation>
    </message>
    <message>
        <source>Put another picture in its place in every article that uses it</source>
        <translation>Mettre une autre image à sa place dans chaque article qui l’utilise</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>Modifier les &amp;détails…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete an image no article uses (Delete)</source>
        <translation>Supprimer une image qu’aucun article n’utilise (Suppr)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Media status</source>
        <translation>État des médias</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Lecture de la bibliothèque…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), {unused} not used</source>
        <translation>
            <numerusform>%n image, {unused} inutilisée(s)</numerusform>
            <numerusform>%n images, {unused} inutilisée(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>No images in this library yet</source>
        <translation>Aucune image dans cette bibliothèque pour l’instant</translation>
    </message>
    <message>
        <source>The images could not be read: {error}</source>
        <translation>Les images n’ont pas pu être lues : {error}</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>find where an image is used</source>
        <translation>trouver où une image est utilisée</translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation>Aucune image choisie</translation>
    </message>
    <message>
        <source>None (readers who cannot see it are told nothing)</source>
        <translation>Aucun (rien n’est dit aux lecteurs qui ne peuvent pas la voir)</translation>
    </message>
    <message>
        <source>dd MMMM yyyy, HH:mm</source>
        <translation>d MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>{kind} image: no preview</source>
        <translation>Image {kind} : pas d’aperçu</translation>
    </message>
    <message>
        <source>in the text</source>
        <translation>dans le texte</translation>
    </message>
    <message>
        <source>featured image</source>
        <translation>image à la une</translation>
    </message>
    <message>
        <source>{headline} — {where}</source>
        <translation>{headline} — {where}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>{usage} (in the trash)</source>
        <translation>{usage} (dans la corbeille)</translation>
    </message>
    <message>
        <source>In the trash: restore it from the Library browser to open it</source>
        <translation>Dans la corbeille : restaurez-le depuis le navigateur de la bibliothèque pour l’ouvrir</translation>
    </message>
    <message>
        <source>Double-click to open the article</source>
        <translation>Double-cliquez pour ouvrir l’article</translation>
    </message>
    <message>
        <source>No article uses this image.</source>
        <translation>Aucun article n’utilise cette image.</translation>
    </message>
    <message>
        <source>Used in ({count}):</source>
        <translation>Utilisée dans ({count}) :</translation>
    </message>
    <message>
        <source>This library is open read-only: its images cannot be changed.</source>
        <translation>Cette bibliothèque est ouverte en lecture seule : ses images ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>“{name}” inserted</source>
        <translation>« {name} » insérée</translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation>Modifier les détails</translation>
    </message>
    <message>
        <source>Details of “{name}” saved</source>
        <translation>Détails de « {name} » enregistrés</translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>Supprimer l’image</translation>
    </message>
    <message>
        <source>Delete “{name}” from the library?</source>
        <translation>Supprimer « {name} » de la bibliothèque ?</translation>
    </message>
    <message>
        <source>No article uses it. This cannot be undone.</source>
        <translation>Aucun article ne l’utilise. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>“{name}” deleted</source>
        <translation>« {name} » supprimée</translation>
    </message>
    <message>
        <source>Replace “{name}”</source>
        <translation>Remplacer « {name} »</translation>
    </message>
    <message>
        <source>Checking “{name}”…</source>
        <translation>Vérification de « {name} »…</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}). Nothing was changed.</source>
        <translation>« {name} » n’a pas pu être lu ({reason}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Replacing “{name}”…</source>
        <translation>Remplacement de « {name} »…</translation>
    </message>
    <message>
        <source>replace an image</source>
        <translation>remplacer une image</translation>
    </message>
    <message>
        <source>check an image</source>
        <translation>vérifier une image</translation>
    </message>
    <message numerus="yes">
        <source>The picture changes in %n article(s): {articles}.</source>
        <translation>
            <numerusform>L’image change dans %n article : {articles}.</numerusform>
            <numerusform>L’image change dans %n articles : {articles}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article shows it now.</source>
        <translation>Aucun article ne l’affiche actuellement.</translation>
    </message>
    <message>
        <source>{count} more in the trash.</source>
        <translation>{count} de plus dans la corbeille.</translation>
    </message>
    <message>
        <source>Replace “{name}” with “{new}” ({width} × {height})?</source>
        <translation>Remplacer « {name} » par « {new} » ({width} × {height}) ?</translation>
    </message>
    <message>
        <source>Replace “{name}” with “{new}”?</source>
        <translation>Remplacer « {name} » par « {new} » ?</translation>
    </message>
    <message>
        <source>Replace Everywhere</source>
        <translation>Remplacer partout</translation>
    </message>
    <message>
        <source>The caption, credit and alt text stay; check that they still fit.</source>
        <translation>La légende, le crédit et le texte alternatif sont conservés ; vérifiez qu’ils conviennent toujours.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>“{name}” replaced everywhere</source>
        <translation>« {name} » remplacée partout</translation>
    </message>
</context>
<context>
    <name>MediaList</name>
    <message>
        <source>There is no image number {number} in this library.</source>
        <translation>Cette bibliothèque ne contient pas d’image numéro {number}.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>(in the trash)</source>
        <translation>(dans la corbeille)</translation>
    </message>
    <message>
        <source>{list} and {count} more</source>
        <translation>{list} et {count} autres</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} et {last}</translation>
    </message>
    <message>
        <source>JPEG, PNG, GIF, WebP or SVG</source>
        <translation>JPEG, PNG, GIF, WebP ou SVG</translation>
    </message>
    <message>
        <source>“{name}” is empty: it is not an image. Nothing was changed.</source>
        <translation>« {name} » est vide : ce n’est pas une image. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is a {kind} image, which web pages do not show. Save it as {formats}, then try again. Nothing was changed.</source>
        <translation>« {name} » est une image {kind}, que les pages web n’affichent pas. Enregistrez-la en {formats}, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>kind of</source>
        <translation>d’un type</translation>
    </message>
    <message>
        <source>“{name}” is not an image Newsroom can read ({formats}). Nothing was changed.</source>
        <translation>« {name} » n’est pas une image que Newsroom sait lire ({formats}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” has too many pixels to open safely. Make it smaller, then try again. Nothing was changed.</source>
        <translation>« {name} » a trop de pixels pour être ouvert sans risque. Réduisez-le, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or cut short and cannot be read ({problem}). Nothing was changed.</source>
        <translation>« {name} » est endommagé ou tronqué et ne peut pas être lu ({problem}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is not a readable SVG image ({problem}). Nothing was changed.</source>
        <translation>« {name} » n’est pas une image SVG lisible ({problem}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is an XML file, not an SVG image. Nothing was changed.</source>
        <translation>« {name} » est un fichier XML, pas une image SVG. Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is used in %n article(s): {articles}. Take it out of them first; nothing was deleted.</source>
        <translation>
            <numerusform>« {name} » est utilisée dans %n article : {articles}. Retirez-la d’abord de cet article ; rien n’a été supprimé.</numerusform>
            <numerusform>« {name} » est utilisée dans %n articles : {articles}. Retirez-la d’abord de ces articles ; rien n’a été supprimé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaListModel</name>
    <message>
        <source>{filename}, {size}, credit {credit}, {usage}</source>
        <translation>{filename}, {size}, crédit {credit}, {usage}</translation>
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
        <translation>Anglais</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Anglais (Royaume-Uni)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Anglais (États-Unis)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>unknown time zone “{zone}”</source>
        <translation>fuseau horaire inconnu « {zone} »</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>— No section —</source>
        <translation>— Aucune rubrique —</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Détails de l’article</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Shows or hides the article fields</source>
        <translation>Affiche ou masque les champs de l’article</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Shows or hides the publishing fields</source>
        <translation>Affiche ou masque les champs de publication</translation>
    </message>
    <message>
        <source>SEO</source>
        <translation>SEO</translation>
    </message>
    <message>
        <source>Shows or hides the seo fields</source>
        <translation>Affiche ou masque les champs SEO</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Image à la une</translation>
    </message>
    <message>
        <source>Shows or hides the featured image fields</source>
        <translation>Affiche ou masque les champs de l’image à la une</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>One or two sentences under the headline</source>
        <translation>Une ou deux phrases sous le titre</translation>
    </message>
    <message>
        <source>made from the headline</source>
        <translation>tiré du titre</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>The last part of the article&apos;s web address. It follows the headline until you type one.</source>
        <translation>La dernière partie de l’adresse web de l’article. Il suit le titre tant que vous n’en saisissez pas un.</translation>
    </message>
    <message>
        <source>Slug message</source>
        <translation>Message sur l’identifiant</translation>
    </message>
    <message>
        <source>Author or desk; several: Anna Weber, Jan Peeters</source>
        <translation>Auteur ou service ; plusieurs : Anna Weber, Jan Peeters</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Place, such as Paris</source>
        <translation>Lieu, par exemple Paris</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>floods, shipping</source>
        <translation>inondations, transport maritime</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <source>Head&amp;line</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>S&amp;tandfirst</source>
        <translation>C&amp;hapeau</translation>
    </message>
    <message>
        <source>Sl&amp;ug</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Byline</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <source>&amp;Dateline</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Rubrique</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>Publication time set</source>
        <translation>Date de publication définie</translation>
    </message>
    <message>
        <source>Untick for no publication time yet</source>
        <translation>Décochez pour ne pas encore fixer de date de publication</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Embargo set</source>
        <translation>Embargo défini</translation>
    </message>
    <message>
        <source>Untick for no embargo</source>
        <translation>Décochez pour ne pas fixer d’embargo</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo jusqu’au</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Time zone message</source>
        <translation>Message sur le fuseau horaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the article, for spell checking</source>
        <translation>La langue de l’article, pour la vérification orthographique</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Publié le</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Embargo</source>
        <translation>&amp;Embargo</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>Correctio&amp;ns and Updates…</source>
        <translation>Corrections et mises à &amp;jour…</translation>
    </message>
    <message>
        <source>Corrections and Updates</source>
        <translation>Corrections et mises à jour</translation>
    </message>
    <message>
        <source>The dated corrections and updates readers see under it</source>
        <translation>Les corrections et mises à jour datées que les lecteurs voient sous l’article</translation>
    </message>
    <message>
        <source>Corrections and updates</source>
        <translation>Corrections et mises à jour</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation>Titre SEO</translation>
    </message>
    <message>
        <source>The title search engines show; the headline when empty</source>
        <translation>Le titre affiché par les moteurs de recherche ; le titre de l’article s’il est vide</translation>
    </message>
    <message>
        <source>SEO title length</source>
        <translation>Longueur du titre SEO</translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation>Description SEO</translation>
    </message>
    <message>
        <source>The summary search engines show; the standfirst when empty</source>
        <translation>Le résumé affiché par les moteurs de recherche ; le chapeau s’il est vide</translation>
    </message>
    <message>
        <source>SEO description length</source>
        <translation>Longueur de la description SEO</translation>
    </message>
    <message>
        <source>SEO t&amp;itle</source>
        <translation>Titre SE&amp;O</translation>
    </message>
    <message>
        <source>SEO des&amp;cription</source>
        <translation>Des&amp;cription SEO</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Featured image preview</source>
        <translation>Aperçu de l’image à la une</translation>
    </message>
    <message>
        <source>Choose i&amp;mage…</source>
        <translation>Choisir une im&amp;age…</translation>
    </message>
    <message>
        <source>Choose featured image</source>
        <translation>Choisir l’image à la une</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove featured image</source>
        <translation>Retirer l’image à la une</translation>
    </message>
    <message>
        <source>Featured image message</source>
        <translation>Message sur l’image à la une</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>Légende de l’image</translation>
    </message>
    <message>
        <source>Photo: Name / Agency</source>
        <translation>Photo : Nom / Agence</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>Crédit de l’image</translation>
    </message>
    <message>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>Ce que montre l’image, pour les lecteurs qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>Image alt text</source>
        <translation>Texte alternatif de l’image</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Capti&amp;on</source>
        <translation>Lé&amp;gende</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>Cré&amp;dit</translation>
    </message>
    <message>
        <source>Alt te&amp;xt</source>
        <translation>Te&amp;xte alternatif</translation>
    </message>
    <message>
        <source>Article details fields</source>
        <translation>Champs des détails de l’article</translation>
    </message>
    <message>
        <source>Article details scroll area</source>
        <translation>Zone de défilement des détails de l’article</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source> “{slug}” is kept.</source>
        <translation> « {slug} » est conservé.</translation>
    </message>
    <message>
        <source>“{slug}” is taken by another article; it will be saved as “{free}”.</source>
        <translation>« {slug} » est déjà pris par un autre article ; il sera enregistré sous « {free} ».</translation>
    </message>
    <message>
        <source>There is no time zone “{typed}”; “{zone}” is kept.</source>
        <translation>Il n’existe pas de fuseau horaire « {typed} » ; « {zone} » est conservé.</translation>
    </message>
    <message>
        <source>The featured image is missing from the library.</source>
        <translation>L’image à la une est absente de la bibliothèque.</translation>
    </message>
    <message>
        <source>No featured image</source>
        <translation>Aucune image à la une</translation>
    </message>
    <message>
        <source>Choose Featured Image</source>
        <translation>Choisir l’image à la une</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>Impossible de lire « {name} » ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” is not an image a web page can show (PNG, JPEG, GIF, WebP, SVG or AVIF).</source>
        <translation>« {name} » n’est pas une image qu’une page web peut afficher (PNG, JPEG, GIF, WebP, SVG ou AVIF).</translation>
    </message>
    <message>
        <source>The image details could not be saved: {error}</source>
        <translation>Impossible d’enregistrer les détails de l’image : {error}</translation>
    </message>
</context>
<context>
    <name>MicropubHttp</name>
    <message>
        <source>{host} did not accept the access token ({why}). Make a new one on the site and give it to Newsroom.</source>
        <translation>{host} n’a pas accepté le jeton d’accès ({why}). Créez-en un nouveau sur le site et donnez-le à Newsroom.</translation>
    </message>
    <message>
        <source>{host} refused it: {message}</source>
        <translation>{host} l’a refusé : {message}</translation>
    </message>
</context>
<context>
    <name>MicropubPublisher</name>
    <message>
        <source>The access token opens the Micropub endpoint of {host}, which takes images.</source>
        <translation>Le jeton d’accès ouvre le point d’accès Micropub de {host}, qui accepte les images.</translation>
    </message>
    <message>
        <source>The access token opens the Micropub endpoint of {host}; it takes no images.</source>
        <translation>Le jeton d’accès ouvre le point d’accès Micropub de {host} ; il n’accepte pas d’images.</translation>
    </message>
    <message>
        <source>This article is not on the site, so it cannot be taken off.</source>
        <translation>Cet article n’est pas sur le site ; il ne peut donc pas en être retiré.</translation>
    </message>
    <message>
        <source>{host} took the post but did not say where it is.</source>
        <translation>{host} a accepté l’article mais n’a pas indiqué où il se trouve.</translation>
    </message>
    <message>
        <source>The site takes no images (it names no media endpoint): the article went without them.</source>
        <translation>Le site n’accepte pas d’images (il n’indique aucun point d’accès pour les médias) : l’article est parti sans elles.</translation>
    </message>
    <message>
        <source>{host} took the image “{filename}” but did not say where it is.</source>
        <translation>{host} a accepté l’image « {filename} » mais n’a pas indiqué où elle se trouve.</translation>
    </message>
</context>
<context>
    <name>NewerLibraryError</name>
    <message>
        <source>“{name}” was saved by a newer version of Newsroom (library format {version}; this version knows up to {supported}). It can be opened read-only, or with a newer Newsroom.</source>
        <translation>« {name} » a été enregistré par une version plus récente de Newsroom (format de bibliothèque {version} ; cette version connaît jusqu’au format {supported}). Vous pouvez l’ouvrir en lecture seule, ou avec un Newsroom plus récent.</translation>
    </message>
</context>
<context>
    <name>Newsroom</name>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>{error}

Open it read-only?</source>
        <translation>{error}

L’ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>Library Damaged</source>
        <translation>Bibliothèque endommagée</translation>
    </message>
    <message>
        <source>{problem}

Newsroom closes it now without writing to it again, so nothing more is lost. Open a copy of the library made before the damage.</source>
        <translation>{problem}

Newsroom la ferme maintenant sans plus y écrire, afin que rien d’autre ne soit perdu. Ouvrez une copie de la bibliothèque faite avant le dommage.</translation>
    </message>
    <message>
        <source>check the library</source>
        <translation>vérifier la bibliothèque</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>“{name}” already exists and was left as it is. Choose another name for the new library.</source>
        <translation>«&#xa0;{name}&#xa0;» existe déjà et a été laissé tel quel. Choisissez un autre nom pour la nouvelle bibliothèque.</translation>
    </message>
    <message>
        <source>Open a Newsroom Library</source>
        <translation>Ouvrir une bibliothèque Newsroom</translation>
    </message>
    <message>
        <source>Newsroom libraries (*.newsroom);;All files (*)</source>
        <translation>Bibliothèques Newsroom (*.newsroom);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>NinjsPublisher</name>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>{host} accepts ninjs items.</source>
        <translation>{host} accepte les éléments ninjs.</translation>
    </message>
    <message>
        <source>{host} took the image “{filename}” but did not say where it is (no “href” in its answer).</source>
        <translation>{host} a accepté l’image « {filename} » mais n’a pas indiqué où elle se trouve (pas de « href » dans sa réponse).</translation>
    </message>
</context>
<context>
    <name>NoClient</name>
    <message>
        <source>Articles cannot be pulled from {kind} targets.</source>
        <translation>Impossible de récupérer des articles depuis les cibles de type {kind}.</translation>
    </message>
    <message>
        <source>This version of Newsroom cannot publish to {kind} targets.</source>
        <translation>Cette version de Newsroom ne peut pas publier vers les cibles de type {kind}.</translation>
    </message>
</context>
<context>
    <name>NotApproved</name>
    <message>
        <source>Draft: mark it ready (after review) before publishing.</source>
        <translation>Brouillon : marquez-le comme prêt (après relecture) avant de le publier.</translation>
    </message>
    <message>
        <source>In review: the desk has not approved it yet. Mark it ready before publishing.</source>
        <translation>En relecture : la rédaction ne l’a pas encore approuvé. Marquez-le comme prêt avant de le publier.</translation>
    </message>
    <message>
        <source>Spiked: bring it back before publishing.</source>
        <translation>Écarté : récupérez-le avant de le publier.</translation>
    </message>
    <message>
        <source>“{headline}” cannot be published.</source>
        <translation>« {headline} » ne peut pas être publié.</translation>
    </message>
    <message>
        <source>The article cannot be published.</source>
        <translation>L’article ne peut pas être publié.</translation>
    </message>
    <message>
        <source>It is in the trash: restore it before publishing.</source>
        <translation>Il est dans la corbeille : restaurez-le avant de le publier.</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column} : {value}</translation>
    </message>
</context>
<context>
    <name>NoteTextDialog</name>
    <message>
        <source>Edit Correction</source>
        <translation>Modifier la correction</translation>
    </message>
    <message>
        <source>Add Correction</source>
        <translation>Ajouter une correction</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>&amp;Correction :</translation>
    </message>
    <message>
        <source>Text of the correction</source>
        <translation>Texte de la correction</translation>
    </message>
    <message>
        <source>Edit Update</source>
        <translation>Modifier la mise à jour</translation>
    </message>
    <message>
        <source>Add Update</source>
        <translation>Ajouter une mise à jour</translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation>&amp;Mise à jour :</translation>
    </message>
    <message>
        <source>Text of the update</source>
        <translation>Texte de la mise à jour</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>What was wrong, and what is right: “An earlier version of this article gave the wrong date for the vote. It is on Tuesday.”</source>
        <translation>Ce qui était faux, et ce qui est juste : « Une version précédente de cet article donnait une date erronée pour le vote. Il a lieu mardi. »</translation>
    </message>
    <message>
        <source>What is new: “The council confirmed the closure on Friday.”</source>
        <translation>Ce qui est nouveau : « Le conseil a confirmé la fermeture vendredi. »</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Corrections and Updates — {headline}</source>
        <translation>Corrections et mises à jour — {headline}</translation>
    </message>
    <message>
        <source>Corrections and Updates</source>
        <translation>Corrections et mises à jour</translation>
    </message>
    <message>
        <source>Readers see these notes under the article, with their date. After a change, update the article on its sites (Publish › Update) for them to see it there.</source>
        <translation>Les lecteurs voient ces notes sous l’article, avec leur date. Après une modification, mettez à jour l’article sur ses sites (Publier › Mettre à jour) pour qu’ils la voient.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note columns</source>
        <translation>Colonnes des notes</translation>
    </message>
    <message>
        <source>No corrections or updates yet.</source>
        <translation>Aucune correction ni mise à jour pour l’instant.</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <source>Add &amp;Correction…</source>
        <translation>Ajouter une &amp;correction…</translation>
    </message>
    <message>
        <source>Say what was wrong and is now right</source>
        <translation>Indiquer ce qui était faux et ce qui est désormais juste</translation>
    </message>
    <message>
        <source>Add &amp;Update…</source>
        <translation>Ajouter une mise à &amp;jour…</translation>
    </message>
    <message>
        <source>Say what is new since the article went out</source>
        <translation>Indiquer ce qui est nouveau depuis la parution de l’article</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected note</source>
        <translation>Modifier la note sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected note</source>
        <translation>Supprimer la note sélectionnée</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Remove Correction</source>
        <translation>Supprimer la correction</translation>
    </message>
    <message>
        <source>Remove the correction of {date}?

“{text}”</source>
        <translation>Supprimer la correction du {date} ?

« {text} »</translation>
    </message>
    <message>
        <source>Remove Update</source>
        <translation>Supprimer la mise à jour</translation>
    </message>
    <message>
        <source>Remove the update of {date}?

“{text}”</source>
        <translation>Supprimer la mise à jour du {date} ?

« {text} »</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>“{name}” is open read-only; nothing was changed.</source>
        <translation>« {name} » est ouvert en lecture seule ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no outbox entry number {number}.</source>
        <translation>Il n’y a pas d’élément numéro {number} dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Dropped: the article is being taken off the site.</source>
        <translation>Abandonné : l’article est en cours de retrait du site.</translation>
    </message>
    <message>
        <source>There is no article number {number} in this library.</source>
        <translation>Il n’y a pas d’article numéro {number} dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>Withdrawn before it was sent.</source>
        <translation>Retiré avant d’avoir été envoyé.</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>l’article</translation>
    </message>
    <message>
        <source>{message} Differs: {fields}.</source>
        <translation>{message} Diffère : {fields}.</translation>
    </message>
    <message>
        <source>Held until {when} UTC.</source>
        <translation>Retenu jusqu’au {when} UTC.</translation>
    </message>
    <message>
        <source>Newsroom stopped while sending this; it will check the site before sending it again.</source>
        <translation>Newsroom s’est arrêté pendant cet envoi ; il vérifiera le site avant de l’envoyer à nouveau.</translation>
    </message>
    <message>
        <source>This entry is being sent right now; it cannot be discarded.</source>
        <translation>Cet élément est en cours d’envoi ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Discarded by the journalist.</source>
        <translation>Supprimé par le journaliste.</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this article.</source>
        <translation>Il n’y a aucun conflit à résoudre pour cet article.</translation>
    </message>
    <message>
        <source>Kept the version in Newsroom; it replaces the one on the site.</source>
        <translation>Version de Newsroom conservée ; elle remplace celle du site.</translation>
    </message>
    <message>
        <source>The article is not on this target.</source>
        <translation>L’article n’est pas sur cette cible.</translation>
    </message>
    <message>
        <source>Took the version on the site into Newsroom.</source>
        <translation>Version du site reprise dans Newsroom.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>OutboxWorker</name>
    <message>
        <source>send the outbox</source>
        <translation>envoi de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>The outbox could not be sent: {error}</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être envoyée&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>PasteHandler</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>“{name}” is {size}; an image may be at most {limit} MB. Make it smaller, then add it again.</source>
        <translation>« {name} » fait {size} ; une image ne peut pas dépasser {limit} Mo. Réduisez-la, puis ajoutez-la à nouveau.</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Impossible de lire l’image collée.</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>Impossible de lire « {name} » ({reason}).</translation>
    </message>
    <message>
        <source>The pasted image</source>
        <translation>L’image collée</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Search title</source>
        <translation>Titre pour les moteurs de recherche</translation>
    </message>
    <message>
        <source>Search description</source>
        <translation>Description pour les moteurs de recherche</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Image à la une</translation>
    </message>
    <message>
        <source>You Might Also Like</source>
        <translation>À lire aussi</translation>
    </message>
    <message>
        <source>Corrections and updates</source>
        <translation>Corrections et mises à jour</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>on the site</source>
        <translation>sur le site</translation>
    </message>
    <message>
        <source>not on the site</source>
        <translation>pas sur le site</translation>
    </message>
    <message>
        <source>to be sent</source>
        <translation>à envoyer</translation>
    </message>
    <message>
        <source>Update “{headline}” on {target}:</source>
        <translation>Mettre à jour « {headline} » sur {target} :</translation>
    </message>
    <message>
        <source>Publish “{headline}” on {target}:</source>
        <translation>Publier « {headline} » sur {target} :</translation>
    </message>
    <message>
        <source>Refused: nothing would be sent.</source>
        <translation>Refusé : rien ne serait envoyé.</translation>
    </message>
    <message>
        <source>Nothing has changed since it was last sent.</source>
        <translation>Rien n’a changé depuis le dernier envoi.</translation>
    </message>
    <message>
        <source>Not on the site yet; it gets:</source>
        <translation>Pas encore sur le site ; il recevra :</translation>
    </message>
    <message>
        <source>was:</source>
        <translation>avant :</translation>
    </message>
    <message>
        <source>now:</source>
        <translation>maintenant :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>Images to upload: {files}</source>
        <translation>Images à téléverser : {files}</translation>
    </message>
    <message>
        <source>Held in the outbox until {when} UTC.</source>
        <translation>Retenu dans la boîte d’envoi jusqu’au {when} UTC.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language shows the next time Newsroom starts.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage de Newsroom.</translation>
    </message>
    <message>
        <source>This library’s site</source>
        <translation>Le site de cette bibliothèque</translation>
    </message>
    <message>
        <source>Language of the site’s dates and numbers</source>
        <translation>Langue des dates et des nombres du site</translation>
    </message>
    <message>
        <source>&amp;Dates and numbers:</source>
        <translation>&amp;Dates et nombres&#xa0;:</translation>
    </message>
    <message>
        <source>Example of a date</source>
        <translation>Exemple de date</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview stage</source>
        <translation>Scène de l’aperçu</translation>
    </message>
    <message>
        <source>Article preview</source>
        <translation>Aperçu de l’article</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Preview placeholder</source>
        <translation>Emplacement de l’aperçu</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview panel</source>
        <translation>Panneau d’aperçu</translation>
    </message>
    <message>
        <source>Preview notice</source>
        <translation>Avis de l’aperçu</translation>
    </message>
</context>
<context>
    <name>PreviewToolbar</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview options</source>
        <translation>Options de l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <source>Desktop preview</source>
        <translation>Aperçu bureau</translation>
    </message>
    <message>
        <source>Show the page at the width of a desktop browser</source>
        <translation>Afficher la page à la largeur d’un navigateur d’ordinateur</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <source>Mobile preview</source>
        <translation>Aperçu mobile</translation>
    </message>
    <message>
        <source>Show the page at the width of a phone</source>
        <translation>Afficher la page à la largeur d’un téléphone</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Light preview</source>
        <translation>Aperçu clair</translation>
    </message>
    <message>
        <source>Show the page in its light colours</source>
        <translation>Afficher la page dans ses couleurs claires</translation>
    </message>
    <message>
        <source>Dar&amp;k</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation>Aperçu sombre</translation>
    </message>
    <message>
        <source>Show the page in its dark colours</source>
        <translation>Afficher la page dans ses couleurs sombres</translation>
    </message>
</context>
<context>
    <name>PublishPreviewDialog</name>
    <message>
        <source>⋯ from line {number} ⋯</source>
        <translation>⋯ à partir de la ligne {number} ⋯</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Update on {target}</source>
        <translation>Mettre à jour sur {target}</translation>
    </message>
    <message>
        <source>Publish on {target}</source>
        <translation>Publier sur {target}</translation>
    </message>
    <message>
        <source>“{headline}” will be published on {target}.</source>
        <translation>«&#xa0;{headline}&#xa0;» sera publié sur {target}.</translation>
    </message>
    <message>
        <source>Nothing in “{headline}” has changed since it was last sent to {target}. Update it anyway?</source>
        <translation>Rien n&apos;a changé dans «&#xa0;{headline}&#xa0;» depuis son dernier envoi à {target}. Le mettre à jour quand même&#xa0;?</translation>
    </message>
    <message>
        <source>These changes to “{headline}” will be made on {target}.</source>
        <translation>Ces modifications de «&#xa0;{headline}&#xa0;» seront faites sur {target}.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Retenu jusqu&apos;au</translation>
    </message>
    <message>
        <source>It stays in the outbox until {when} (its embargo or publication time): nothing leaves this computer before then.</source>
        <translation>Il reste dans la boîte d&apos;envoi jusqu&apos;au {when} (son embargo ou son heure de publication)&#xa0;: rien ne quitte cet ordinateur avant.</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>&amp;Champs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What the site gets:</source>
        <translation>&amp;Ce que reçoit le site&#xa0;:</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Field columns</source>
        <translation>Colonnes des champs</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text (lines starting with + are added, with - removed):</source>
        <translation>&amp;Texte (les lignes commençant par + sont ajoutées, par - supprimées)&#xa0;:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Changes to the text</source>
        <translation>Modifications du texte</translation>
    </message>
    <message>
        <source>Images to upload</source>
        <translation>Images à envoyer</translation>
    </message>
    <message>
        <source>This image will be uploaded: {names}.</source>
        <translation>Cette image sera envoyée&#xa0;: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>These %n image(s) will be uploaded: {names}.</source>
        <translation>
            <numerusform>Cette image sera envoyée&#xa0;: {names}.</numerusform>
            <numerusform>Ces %n images seront envoyées&#xa0;: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Queue it for {target}; it goes out from there.</source>
        <translation>Le mettre en attente pour {target}&#xa0;; il partira de là.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>“{headline}” cannot be published on {target} yet. Nothing was sent.</source>
        <translation>«&#xa0;{headline}&#xa0;» ne peut pas encore être publié sur {target}. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>This article cannot be published on {target} yet. Nothing was sent.</source>
        <translation>Cet article ne peut pas encore être publié sur {target}. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Not Published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>Before it can be marked ready:</source>
        <translation>Avant de pouvoir le marquer comme prêt&#xa0;:</translation>
    </message>
    <message>
        <source>Open &amp;Checklist</source>
        <translation>Ouvrir la liste de &amp;contrôle</translation>
    </message>
    <message>
        <source>Open Checklist</source>
        <translation>Ouvrir la liste de contrôle</translation>
    </message>
    <message>
        <source>Show the checklist, where each problem leads to its field.</source>
        <translation>Afficher la liste de contrôle, où chaque problème mène à son champ.</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Publish To</source>
        <translation>&amp;Publier sur</translation>
    </message>
    <message>
        <source>Publish To</source>
        <translation>Publier sur</translation>
    </message>
    <message>
        <source>&amp;Publish to {target}</source>
        <translation>&amp;Publier sur {target}</translation>
    </message>
    <message>
        <source>Publish the open article.</source>
        <translation>Publier l&apos;article ouvert.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>&amp;Update To</source>
        <translation>&amp;Mettre à jour sur</translation>
    </message>
    <message>
        <source>Update To</source>
        <translation>Mettre à jour sur</translation>
    </message>
    <message>
        <source>&amp;Update to {target}</source>
        <translation>&amp;Mettre à jour sur {target}</translation>
    </message>
    <message>
        <source>Update the open article.</source>
        <translation>Mettre à jour l&apos;article ouvert.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>U&amp;npublish</source>
        <translation>&amp;Annuler la publication</translation>
    </message>
    <message>
        <source>U&amp;npublish To</source>
        <translation>&amp;Annuler la publication sur</translation>
    </message>
    <message>
        <source>Unpublish To</source>
        <translation>Annuler la publication sur</translation>
    </message>
    <message>
        <source>U&amp;npublish to {target}</source>
        <translation>&amp;Annuler la publication sur {target}</translation>
    </message>
    <message>
        <source>Unpublish the open article.</source>
        <translation>Annuler la publication de l&apos;article ouvert.</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Annuler la publication</translation>
    </message>
    <message>
        <source>“{headline}” is queued for publishing on {target}.</source>
        <translation>«&#xa0;{headline}&#xa0;» est en attente de publication sur {target}.</translation>
    </message>
    <message>
        <source>“{headline}” is queued to be updated on {target}.</source>
        <translation>«&#xa0;{headline}&#xa0;» est en attente de mise à jour sur {target}.</translation>
    </message>
    <message>
        <source>“{headline}” is queued to be taken off {target}.</source>
        <translation>«&#xa0;{headline}&#xa0;» est en attente de retrait de {target}.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>“{headline}” will be taken off {sites}.</source>
        <translation>«&#xa0;{headline}&#xa0;» sera retiré de {sites}.</translation>
    </message>
    <message>
        <source>“{headline}” will no longer be sent to {sites}.</source>
        <translation>«&#xa0;{headline}&#xa0;» ne sera plus envoyé à {sites}.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) will be taken off {sites}.</source>
        <translation>
            <numerusform>%n article sera retiré de {sites}.</numerusform>
            <numerusform>%n articles seront retirés de {sites}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) will no longer be sent to {sites}.</source>
        <translation>
            <numerusform>%n article ne sera plus envoyé à {sites}.</numerusform>
            <numerusform>%n articles ne seront plus envoyés à {sites}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now.</source>
        <translation>Envoyer maintenant ce qui attend dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Cibles…</translation>
    </message>
    <message>
        <source>Sync &amp;Log…</source>
        <translation>&amp;Journal de synchronisation…</translation>
    </message>
    <message>
        <source>Pull &amp;from Site…</source>
        <translation>&amp;Importer depuis le site…</translation>
    </message>
    <message>
        <source>Add a target first: Publish › Targets…</source>
        <translation>Ajoutez d&apos;abord une cible&#xa0;: Publier › Cibles…</translation>
    </message>
    <message>
        <source>{target} (last used) (paused)</source>
        <translation>{target} (dernière utilisée) (en pause)</translation>
    </message>
    <message>
        <source>{target} (last used)</source>
        <translation>{target} (dernière utilisée)</translation>
    </message>
    <message>
        <source>{target} (paused)</source>
        <translation>{target} (en pause)</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>L&apos;article</translation>
    </message>
    <message>
        <source>“{headline}” was never published on {target}: nothing to take off.</source>
        <translation>«&#xa0;{headline}&#xa0;» n&apos;a jamais été publié sur {target}&#xa0;: rien à retirer.</translation>
    </message>
    <message>
        <source>It stays in the outbox until {when}.</source>
        <translation>Il reste dans la boîte d&apos;envoi jusqu&apos;au {when}.</translation>
    </message>
    <message>
        <source>Publishing there is paused until you give its password again.</source>
        <translation>La publication y est en pause jusqu&apos;à ce que vous indiquiez à nouveau son mot de passe.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>Preparing the photos for {target}:</source>
        <translation>Préparation des photos pour {target}&#xa0;:</translation>
    </message>
    <message>
        <source>Stopping after this photo…</source>
        <translation>Arrêt après cette photo…</translation>
    </message>
    <message>
        <source>prepare the photos</source>
        <translation>préparation des photos</translation>
    </message>
    <message>
        <source>Take “{headline}” off {target}?</source>
        <translation>Retirer «&#xa0;{headline}&#xa0;» de {target}&#xa0;?</translation>
    </message>
    <message>
        <source>Readers will no longer find it there. It stays in the library, and you can publish it again later.</source>
        <translation>Les lecteurs ne l&apos;y trouveront plus. Il reste dans la bibliothèque, et vous pourrez le publier à nouveau plus tard.</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>&amp;Annuler la publication</translation>
    </message>
    <message>
        <source>Sending what waits in the outbox…</source>
        <translation>Envoi de ce qui attend dans la boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>Sent 1 entry.</source>
        <comment>one</comment>
        <translation>1 entrée envoyée.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n entries.</source>
        <comment>many</comment>
        <translation>
            <numerusform>%n entrée envoyée.</numerusform>
            <numerusform>%n entrées envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more in Publish › Sync Log…)</source>
        <translation>
            <numerusform>(%n autre dans Publier › Journal de synchronisation…)</numerusform>
            <numerusform>(%n autres dans Publier › Journal de synchronisation…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing to {target} is paused until you give its password (Publish › Sync Now or Publish › Targets…).</source>
        <translation>La publication sur {target} est en pause jusqu&apos;à ce que vous indiquiez son mot de passe (Publier › Synchroniser maintenant ou Publier › Cibles…).</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Your version will replace the one on {target}.</source>
        <translation>Votre version remplacera celle de {target}.</translation>
    </message>
    <message>
        <source>The version on {target} is now in Newsroom (Undo brings yours back).</source>
        <translation>La version de {target} est maintenant dans Newsroom (Annuler rétablit la vôtre).</translation>
    </message>
    <message>
        <source>Merge the two versions by hand, then choose Publish › Update, or Keep Mine in the conflict.</source>
        <translation>Fusionnez les deux versions à la main, puis choisissez Publier › Mettre à jour, ou Garder ma version dans le conflit.</translation>
    </message>
    <message>
        <source>Pull from Site</source>
        <translation>Importer depuis le site</translation>
    </message>
</context>
<context>
    <name>PullCancelled</name>
    <message>
        <source>The pull was cancelled.</source>
        <translation>La récupération a été annulée.</translation>
    </message>
</context>
<context>
    <name>PullRunner</name>
    <message>
        <source>Newsroom has no password for “{name}”.</source>
        <translation>Newsroom n&apos;a pas de mot de passe pour «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Pull from Site</source>
        <translation>Importer depuis le site</translation>
    </message>
    <message>
        <source>Reading the posts of {target}…</source>
        <translation>Lecture des articles de {target}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>pull from {target}</source>
        <translation>import depuis {target}</translation>
    </message>
    <message>
        <source>Stopping after the post being read…</source>
        <translation>Arrêt après l&apos;article en cours de lecture…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n post(s) of {target}…</source>
        <translation>
            <numerusform>%n article de {target} lu…</numerusform>
            <numerusform>%n articles de {target} lus…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulled from {target}: {summary}</source>
        <translation>Importé depuis {target}&#xa0;: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>The pull from {target} was stopped after %n post(s). What was read until then is in the library; pull again to get the rest.</source>
        <translation>
            <numerusform>L&apos;import depuis {target} a été arrêté après %n article. Ce qui a été lu jusque-là est dans la bibliothèque&#xa0;; importez à nouveau pour obtenir le reste.</numerusform>
            <numerusform>L&apos;import depuis {target} a été arrêté après %n articles. Ce qui a été lu jusque-là est dans la bibliothèque&#xa0;; importez à nouveau pour obtenir le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pull from {target} failed: {error}</source>
        <translation>L&apos;import depuis {target} a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The pull from {target} failed: {error} Nothing more was imported.</source>
        <translation>La récupération depuis {target} a échoué : {error} Rien de plus n’a été importé.</translation>
    </message>
    <message>
        <source>{kinds} or {kind}</source>
        <translation>{kinds} ou {kind}</translation>
    </message>
    <message>
        <source>There is no site to pull from in this library ({kinds}). Add one with Publish › Targets…</source>
        <translation>Cette bibliothèque n&apos;a aucun site depuis lequel importer ({kinds}). Ajoutez-en un avec Publier › Cibles…</translation>
    </message>
    <message>
        <source>Pull the posts of:</source>
        <translation>Importer les articles de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PullSummary</name>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Nouveaux : {new}, mis à jour : {updated}, inchangés : {unchanged}, ignorés : {skipped}.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) created.</source>
        <translation>
            <numerusform>%n rubrique créée.</numerusform>
            <numerusform>%n rubriques créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 image was brought into the library.</source>
        <comment>one</comment>
        <translation>1 image a été importée dans la bibliothèque.</translation>
    </message>
    <message>
        <source>{count} images were brought into the library.</source>
        <comment>many</comment>
        <translation>{count} images ont été importées dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Skipped because they were changed here since the last sync: {headlines}.</source>
        <translation>Ignorés, car modifiés ici depuis la dernière synchronisation : {headlines}.</translation>
    </message>
    <message>
        <source>Sections have two levels, so these categories went into their parent: {categories}.</source>
        <translation>Les rubriques ont deux niveaux ; ces catégories ont donc rejoint leur parent : {categories}.</translation>
    </message>
    <message>
        <source>These images could not be downloaded and stay at their address on the site: {images}.</source>
        <translation>Ces images n’ont pas pu être téléchargées et restent à leur adresse sur le site : {images}.</translation>
    </message>
    <message>
        <source>“{headline}”: {why}</source>
        <translation>« {headline} » : {why}</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>(untitled article)</source>
        <translation>(article sans titre)</translation>
    </message>
    <message>
        <source>Related links</source>
        <translation>Liens associés</translation>
    </message>
    <message>
        <source>Related links of this article</source>
        <translation>Liens associés de cet article</translation>
    </message>
    <message>
        <source>Find an article to link</source>
        <translation>Rechercher un article à lier</translation>
    </message>
    <message>
        <source>Find an article to link…</source>
        <translation>Rechercher un article à lier…</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Articles trouvés</translation>
    </message>
    <message>
        <source>Add &amp;Link…</source>
        <translation>Ajouter un &amp;lien…</translation>
    </message>
    <message>
        <source>Add an external link</source>
        <translation>Ajouter un lien externe</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Suggérer</translation>
    </message>
    <message>
        <source>Suggest related articles</source>
        <translation>Suggérer des articles associés</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Retirer le lien sélectionné</translation>
    </message>
    <message>
        <source>Double-click an article found (or suggested) to add it.</source>
        <translation>Double-cliquez sur un article trouvé (ou suggéré) pour l’ajouter.</translation>
    </message>
    <message>
        <source>Related links hint</source>
        <translation>Aide sur les liens associés</translation>
    </message>
    <message>
        <source>An article of this library</source>
        <translation>Un article de cette bibliothèque</translation>
    </message>
    <message>
        <source>find articles to link</source>
        <translation>rechercher des articles à lier</translation>
    </message>
    <message>
        <source>Suggest Related</source>
        <translation>Suggérer des articles associés</translation>
    </message>
    <message>
        <source>No similar articles were found in this library.</source>
        <translation>Aucun article similaire n’a été trouvé dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>No suggestions could be made: {error}</source>
        <translation>Aucune suggestion n’a pu être faite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>suggest related articles</source>
        <translation>suggérer des articles associés</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>{status}, %n word(s). Double-click to add.</source>
        <translation>
            <numerusform>{status}, %n mot. Double-cliquez pour l’ajouter.</numerusform>
            <numerusform>{status}, %n mots. Double-cliquez pour l’ajouter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenditionSpec</name>
    <message>
        <source>images go as JPEG, at most {edge} pixels on the longer side, quality {quality}</source>
        <translation>les images partent en JPEG, {edge} pixels au plus sur le grand côté, qualité {quality}</translation>
    </message>
    <message>
        <source>images go as WebP, at most {edge} pixels on the longer side, quality {quality}</source>
        <translation>les images partent en WebP, {edge} pixels au plus sur le grand côté, qualité {quality}</translation>
    </message>
    <message>
        <source>images go in their own format, at most {edge} pixels on the longer side, quality {quality}</source>
        <translation>les images partent dans leur propre format, {edge} pixels au plus sur le grand côté, qualité {quality}</translation>
    </message>
</context>
<context>
    <name>Renditions</name>
    <message>
        <source>An image turns by 0, 90, 180 or 270 degrees, not {rotation}.</source>
        <translation>Une image pivote de 0, 90, 180 ou 270 degrés, pas de {rotation}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be cropped or turned.</source>
        <translation>« {name} » ne peut être ni recadré ni pivoté.</translation>
    </message>
    <message>
        <source>The focal point must lie inside the image.</source>
        <translation>Le point focal doit se trouver à l’intérieur de l’image.</translation>
    </message>
    <message>
        <source>A crop is its left, top, right and bottom edges.</source>
        <translation>Un recadrage se définit par ses bords gauche, haut, droit et bas.</translation>
    </message>
    <message>
        <source>The crop must lie inside the image, its left edge before its right and its top above its bottom.</source>
        <translation>Le recadrage doit se trouver à l’intérieur de l’image, son bord gauche avant son bord droit et son bord haut au-dessus de son bord bas.</translation>
    </message>
    <message>
        <source>The crop of “{name}” would keep {width} × {height} pixels; it must keep at least {least} on each side.</source>
        <translation>Le recadrage de « {name} » garderait {width} × {height} pixels ; il doit en garder au moins {least} de chaque côté.</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not “{value}”.</source>
        <translation>{what} doit être un nombre entier, pas « {value} ».</translation>
    </message>
    <message>
        <source>The image size</source>
        <translation>La taille de l’image</translation>
    </message>
    <message>
        <source>The image size is the longer side in pixels, from {least} to {most} (such as {usual}), not {edge}.</source>
        <translation>La taille de l’image est celle du grand côté en pixels, de {least} à {most} (par exemple {usual}), pas {edge}.</translation>
    </message>
    <message>
        <source>The image quality</source>
        <translation>La qualité de l’image</translation>
    </message>
    <message>
        <source>The image quality goes from 1 to 100 (such as {usual}), not {quality}.</source>
        <translation>La qualité de l’image va de 1 à 100 (par exemple {usual}), pas {quality}.</translation>
    </message>
    <message>
        <source>“{value}” is not an image format for a site: jpeg, webp or original.</source>
        <translation>« {value} » n’est pas un format d’image pour un site : jpeg, webp ou original.</translation>
    </message>
    <message>
        <source>“{name}” is not an image Newsroom can read (JPEG, PNG, GIF or WebP), so no copy of it can go to the site. Replace it with one that opens.</source>
        <translation>« {name} » n’est pas une image que Newsroom sait lire (JPEG, PNG, GIF ou WebP) : aucune copie ne peut donc en être envoyée au site. Remplacez-la par une image qui s’ouvre.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be read ({problem}), so no copy of it can go to the site. Replace it with one that opens.</source>
        <translation>« {name} » est endommagé et ne peut pas être lu ({problem}) : aucune copie ne peut donc en être envoyée au site. Remplacez-le par une image qui s’ouvre.</translation>
    </message>
    <message>
        <source>“{name}” is too large an image to open safely. Make it smaller, then add it again.</source>
        <translation>« {name} » est une image trop grande pour être ouverte sans risque. Réduisez-la, puis ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>There is no image “{key}” in this library.</source>
        <translation>Cette bibliothèque ne contient pas d’image « {key} ».</translation>
    </message>
</context>
<context>
    <name>RevisionInfo</name>
    <message numerus="yes">
        <source>{sign}%n word(s)</source>
        <translation>
            <numerusform>{sign}%n mot</numerusform>
            <numerusform>{sign}%n mots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) in all</source>
        <translation>
            <numerusform>%n mot au total</numerusform>
            <numerusform>%n mots au total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>That version of the article is no longer in the library.</source>
        <translation>Cette version de l’article n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>That version belongs to another article; nothing was restored.</source>
        <translation>Cette version appartient à un autre article ; rien n’a été restauré.</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Why the article is not saved</source>
        <translation>Pourquoi l’article n’est pas enregistré</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try to save the article in the library now.</source>
        <translation>Essayer maintenant d’enregistrer l’article dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <source>Write the article as it is in the editor to a Markdown file somewhere else.</source>
        <translation>Écrire l’article tel qu’il est dans l’éditeur dans un fichier Markdown à un autre endroit.</translation>
    </message>
    <message>
        <source>Your latest changes are not in the library yet. {why} Nothing you typed is lost: it stays here, and Newsroom saves it by itself as soon as it can.</source>
        <translation>Vos dernières modifications ne sont pas encore dans la bibliothèque. {why} Rien de ce que vous avez saisi n’est perdu : le texte reste ici, et Newsroom l’enregistre de lui-même dès que possible.</translation>
    </message>
</context>
<context>
    <name>SaveCopy</name>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <source>Article Not Saved</source>
        <translation>Article non enregistré</translation>
    </message>
    <message>
        <source>“{headline}” has changes that are not saved in the library.</source>
        <translation>« {headline} » contient des modifications qui ne sont pas enregistrées dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Save a copy of the article somewhere else before closing, or cancel and keep the window open: Newsroom keeps trying to save it.</source>
        <translation>Enregistrez une copie de l’article à un autre endroit avant de fermer, ou annulez et gardez la fenêtre ouverte : Newsroom continue d’essayer de l’enregistrer.</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Close the window and lose what you typed since the article was last saved?</source>
        <translation>Fermer la fenêtre et perdre ce que vous avez saisi depuis le dernier enregistrement de l’article ?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Fermer quand même</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>There is no article number {number} in this library.</source>
        <translation>Cette bibliothèque ne contient pas d’article numéro {number}.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>New section</source>
        <translation>Nouvelle rubrique</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Section page preview</source>
        <translation>Aperçu de la page de rubrique</translation>
    </message>
    <message>
        <source>&amp;New Section</source>
        <translation>&amp;Nouvelle rubrique</translation>
    </message>
    <message>
        <source>New &amp;Subsection</source>
        <translation>Nouvelle &amp;sous-rubrique</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Sections and preview</source>
        <translation>Rubriques et aperçu</translation>
    </message>
    <message>
        <source>On the sites</source>
        <translation>Sur les sites</translation>
    </message>
    <message>
        <source>Section tree</source>
        <translation>Arborescence des rubriques</translation>
    </message>
    <message>
        <source>Section tree header</source>
        <translation>En-tête de l’arborescence des rubriques</translation>
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
        <translation>« {name} » contient un article (en comptant ceux de la corbeille). Vers quelle rubrique le déplacer avant de la supprimer ?</translation>
    </message>
    <message>
        <source>“{name}” holds {count} articles (counting any in the trash). Move them to which section before deleting it?</source>
        <comment>many</comment>
        <translation>« {name} » contient {count} articles (en comptant ceux de la corbeille). Vers quelle rubrique les déplacer avant de la supprimer ?</translation>
    </message>
    <message>
        <source>Delete Section</source>
        <translation>Supprimer la rubrique</translation>
    </message>
    <message>
        <source>Delete the section “{name}”? It holds no articles.</source>
        <translation>Supprimer la rubrique « {name} » ? Elle ne contient aucun article.</translation>
    </message>
    <message>
        <source>Merge Section</source>
        <translation>Fusionner la rubrique</translation>
    </message>
    <message>
        <source>Merge “{name}” into which section? Its articles and subsections go there, and “{name}” is deleted.</source>
        <translation>Dans quelle rubrique fusionner « {name} » ? Ses articles et sous-rubriques y sont déplacés, et « {name} » est supprimée.</translation>
    </message>
    <message>
        <source>the other section</source>
        <translation>l’autre rubrique</translation>
    </message>
    <message>
        <source>Merge on the Site Too?</source>
        <translation>Fusionner aussi sur le site ?</translation>
    </message>
    <message>
        <source>The category “{name}” on {sites} can be merged into “{into}” as well.</source>
        <translation>La catégorie « {name} » sur {sites} peut aussi être fusionnée dans « {into} ».</translation>
    </message>
    <message>
        <source>At the next sync, every post in “{name}” there, the site&apos;s own included, moves into “{into}”, and “{name}” is deleted on the site. Or leave the site&apos;s categories as they are.</source>
        <translation>À la prochaine synchronisation, chaque publication de « {name} » sur le site, y compris celles propres au site, passe dans « {into} », et « {name} » est supprimée sur le site. Vous pouvez aussi laisser les catégories du site telles quelles.</translation>
    </message>
    <message>
        <source>&amp;Merge on the Site</source>
        <translation>&amp;Fusionner sur le site</translation>
    </message>
    <message>
        <source>&amp;Leave the Site as It Is</source>
        <translation>&amp;Laisser le site tel quel</translation>
    </message>
    <message>
        <source>The categories on the sites could not be merged: {error}</source>
        <translation>Les catégories sur les sites n’ont pas pu être fusionnées : {error}</translation>
    </message>
    <message>
        <source>The articles on the sites could not be queued: {error}</source>
        <translation>Les articles sur les sites n’ont pas pu être mis en file d’attente : {error}</translation>
    </message>
    <message>
        <source>One article on a site will be updated there, in its new section.</source>
        <comment>one</comment>
        <translation>Un article présent sur un site y sera mis à jour, dans sa nouvelle rubrique.</translation>
    </message>
    <message>
        <source>{count} articles on a site will be updated there, in their new section.</source>
        <comment>many</comment>
        <translation>{count} articles présents sur un site y seront mis à jour, dans leur nouvelle rubrique.</translation>
    </message>
    <message>
        <source>The site&apos;s categories follow the merge on the next sync (Publish › Sync Now).</source>
        <translation>Les catégories du site suivront la fusion à la prochaine synchronisation (Publier › Synchroniser maintenant).</translation>
    </message>
    <message>
        <source>{count} could not be updated: {problem}</source>
        <translation>Mise à jour impossible pour {count} : {problem}</translation>
    </message>
    <message>
        <source>There is no other section to choose.</source>
        <translation>Il n’y a aucune autre rubrique à choisir.</translation>
    </message>
</context>
<context>
    <name>SectionOps</name>
    <message>
        <source>There is no section number {number} in this library.</source>
        <translation>Cette bibliothèque ne contient pas de rubrique numéro {number}.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le premier niveau</translation>
    </message>
    <message>
        <source>“{name}” is open read-only; nothing was changed.</source>
        <translation>« {name} » est ouvert en lecture seule ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A section needs a name.</source>
        <translation>Une rubrique doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a section “{name}” in {parent}.</source>
        <translation>Il y a déjà une rubrique « {name} » dans {parent}.</translation>
    </message>
    <message>
        <source>“{name}” is already a subsection; sections have two levels only, so it cannot hold subsections of its own.</source>
        <translation>« {name} » est déjà une sous-rubrique ; les rubriques n’ont que deux niveaux, elle ne peut donc pas avoir ses propres sous-rubriques.</translation>
    </message>
    <message>
        <source>“{name}” cannot be put inside itself.</source>
        <translation>« {name} » ne peut pas être placée dans elle-même.</translation>
    </message>
    <message>
        <source>“{name}” has subsections, so it cannot become a subsection itself: sections have two levels only. Move its subsections out first.</source>
        <translation>« {name} » a des sous-rubriques, elle ne peut donc pas devenir elle-même une sous-rubrique : les rubriques n’ont que deux niveaux. Sortez d’abord ses sous-rubriques.</translation>
    </message>
    <message>
        <source>“{name}” has 1 subsection. Move or delete it first, or merge “{name}” into another section.</source>
        <comment>one</comment>
        <translation>« {name} » a 1 sous-rubrique. Déplacez-la ou supprimez-la d’abord, ou fusionnez « {name} » avec une autre rubrique.</translation>
    </message>
    <message>
        <source>“{name}” has {count} subsections. Move or delete them first, or merge “{name}” into another section.</source>
        <comment>many</comment>
        <translation>« {name} » a {count} sous-rubriques. Déplacez-les ou supprimez-les d’abord, ou fusionnez « {name} » avec une autre rubrique.</translation>
    </message>
    <message>
        <source>“{name}” holds one article (counting any in the trash). Choose a section to move them to before deleting it.</source>
        <translation>« {name} » contient un article (corbeille comprise). Choisissez une rubrique où le déplacer avant de la supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” holds %n article(s) (counting any in the trash). Choose a section to move them to before deleting it.</source>
        <translation>
            <numerusform>« {name} » contient %n article (corbeille comprise). Choisissez une rubrique où le déplacer avant de la supprimer.</numerusform>
            <numerusform>« {name} » contient %n articles (corbeille comprise). Choisissez une rubrique où les déplacer avant de la supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The articles of “{name}” cannot be moved to the section being deleted. Choose another section.</source>
        <translation>Les articles de « {name} » ne peuvent pas être déplacés vers la rubrique en cours de suppression. Choisissez une autre rubrique.</translation>
    </message>
    <message>
        <source>“{name}” cannot be merged into itself.</source>
        <translation>« {name} » ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>“{name}” cannot be merged into its own subsection “{target}”.</source>
        <translation>« {name} » ne peut pas être fusionnée avec sa propre sous-rubrique « {target} ».</translation>
    </message>
    <message>
        <source>“{name}” has subsections and “{target}” is a subsection: sections have two levels only. Merge into a top-level section, or move the subsections of “{name}” out first.</source>
        <translation>« {name} » a des sous-rubriques et « {target} » est une sous-rubrique : les rubriques n’ont que deux niveaux. Fusionnez avec une rubrique de premier niveau, ou sortez d’abord les sous-rubriques de « {name} ».</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>There is no section number {number} in this library.</source>
        <translation>Il n’y a pas de rubrique numéro {number} dans cette bibliothèque.</translation>
    </message>
</context>
<context>
    <name>SectionPicker</name>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
</context>
<context>
    <name>SectionTreeView</name>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Section tree header</source>
        <translation>En-tête de l’arborescence des rubriques</translation>
    </message>
</context>
<context>
    <name>Seo</name>
    <message>
        <source>A slug cannot be empty.</source>
        <translation>Un identifiant ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A slug has only lowercase letters, digits and hyphens; this one will be saved as “{slug}”.</source>
        <translation>Un identifiant ne contient que des lettres minuscules, des chiffres et des traits d’union ; celui-ci sera enregistré sous la forme « {slug} ».</translation>
    </message>
</context>
<context>
    <name>SiteImages</name>
    <message>
        <source>{name}: {why}</source>
        <translation>{name} : {why}</translation>
    </message>
    <message>
        <source>the featured image (attachment {number}): {why}</source>
        <translation>l’image à la une (fichier joint {number}) : {why}</translation>
    </message>
    <message>
        <source>the site gave no address for it</source>
        <translation>le site n’a donné aucune adresse pour elle</translation>
    </message>
    <message>
        <source>it is no longer in the site&apos;s media library</source>
        <translation>elle n’est plus dans la médiathèque du site</translation>
    </message>
    <message>
        <source>the site did not describe it</source>
        <translation>le site ne l’a pas décrite</translation>
    </message>
    <message>
        <source>the featured image ({name}): {why}</source>
        <translation>l’image à la une ({name}) : {why}</translation>
    </message>
    <message>
        <source>it is on another site ({host}); a pull downloads only from the site itself</source>
        <translation>elle se trouve sur un autre site ({host}) ; une récupération ne télécharge que depuis le site lui-même</translation>
    </message>
    <message>
        <source>the site answered HTTP {status}</source>
        <translation>le site a répondu HTTP {status}</translation>
    </message>
    <message>
        <source>the site sent {type}, not an image</source>
        <translation>le site a envoyé {type}, pas une image</translation>
    </message>
    <message>
        <source>the site did not send it in time</source>
        <translation>le site ne l’a pas envoyée à temps</translation>
    </message>
    <message>
        <source>it could not be downloaded ({error})</source>
        <translation>elle n’a pas pu être téléchargée ({error})</translation>
    </message>
    <message>
        <source>the site sent it round too many redirects</source>
        <translation>le site l’a fait passer par trop de redirections</translation>
    </message>
    <message>
        <source>it is not a PNG, JPEG, GIF or WebP image</source>
        <translation>ce n’est pas une image PNG, JPEG, GIF ou WebP</translation>
    </message>
    <message>
        <source>it has too many pixels to open safely</source>
        <translation>elle a trop de pixels pour être ouverte sans risque</translation>
    </message>
    <message>
        <source>it is not an image that can be read (damaged?)</source>
        <translation>ce n’est pas une image lisible (endommagée ?)</translation>
    </message>
    <message>
        <source>its site could not be reached</source>
        <translation>son site n’a pas pu être joint</translation>
    </message>
    <message>
        <source>the connection was cut off</source>
        <translation>la connexion a été coupée</translation>
    </message>
    <message>
        <source>its address could not be used</source>
        <translation>son adresse n’a pas pu être utilisée</translation>
    </message>
    <message>
        <source>it is larger than {size}</source>
        <translation>elle dépasse {size}</translation>
    </message>
</context>
<context>
    <name>SiteLocale</name>
    <message>
        <source>“{name}” is not a locale Newsroom knows. Give a language and a country as CLDR writes them, such as en_GB, en_US, fr_FR or de_DE.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un paramètre régional que Newsroom connaît. Indiquez une langue et un pays comme les écrit le CLDR, par exemple en_GB, en_US, fr_FR ou de_DE.</translation>
    </message>
</context>
<context>
    <name>StaticSitePublisher</name>
    <message>
        <source>Newsroom may not write into the site folder “{folder}”. Choose another folder, or make this one writable.</source>
        <translation>Newsroom n’a pas le droit d’écrire dans le dossier du site « {folder} ». Choisissez un autre dossier, ou rendez celui-ci accessible en écriture.</translation>
    </message>
    <message>
        <source>The disk of the site folder “{folder}” is full.</source>
        <translation>Le disque du dossier du site « {folder} » est plein.</translation>
    </message>
    <message>
        <source>The site folder “{folder}” could not be written ({reason}).</source>
        <translation>Impossible d’écrire dans le dossier du site « {folder} » ({reason}).</translation>
    </message>
    <message>
        <source>The site folder can be written.</source>
        <translation>Le dossier du site est accessible en écriture.</translation>
    </message>
    <message>
        <source>The site folder “{folder}” is busy with another publication.</source>
        <translation>Le dossier du site « {folder} » est occupé par une autre publication.</translation>
    </message>
    <message>
        <source>The site could not be written: {error}</source>
        <translation>Le site n’a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <source>The site folder “{folder}” cannot be found. If it is on a removable drive or a network share, connect it; otherwise choose another folder.</source>
        <translation>Le dossier du site « {folder} » est introuvable. S’il se trouve sur un disque amovible ou un partage réseau, connectez-le ; sinon, choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The list of what is published in “{folder}” is damaged ({file}). Move the folder away and publish again to rebuild the site.</source>
        <translation>La liste de ce qui est publié dans « {folder} » est endommagée ({file}). Déplacez le dossier ailleurs et publiez à nouveau pour reconstruire le site.</translation>
    </message>
    <message>
        <source>The site folder “{folder}” was written by a newer Newsroom; this one will not change it.</source>
        <translation>Le dossier du site « {folder} » a été écrit par une version plus récente de Newsroom ; celle-ci ne le modifiera pas.</translation>
    </message>
    <message>
        <source>“{headline}”, published on this site, still has the address “{slug}”. Publish it again with its new address, or take it off the site, before publishing this one.</source>
        <translation>« {headline} », publié sur ce site, a toujours l’adresse « {slug} ». Republiez-le avec sa nouvelle adresse, ou retirez-le du site, avant de publier celui-ci.</translation>
    </message>
    <message>
        <source>“{path}” is not a page of the site in “{folder}”.</source>
        <translation>« {path} » n’est pas une page du site dans « {folder} ».</translation>
    </message>
</context>
<context>
    <name>StatsLabel</name>
    <message>
        <source>Text statistics</source>
        <translation>Statistiques du texte</translation>
    </message>
    <message>
        <source>Counted as published: Markdown syntax, link addresses and images are left out. Reading time at {words} words a minute.</source>
        <translation>Compté tel que publié : la syntaxe Markdown, les adresses des liens et les images ne sont pas comptées. Temps de lecture calculé à {words} mots par minute.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>unknown status “{text}” (one of: {allowed})</source>
        <translation>statut inconnu « {text} » (valeurs possibles : {allowed})</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Écarté</translation>
    </message>
</context>
<context>
    <name>StatusControl</name>
    <message>
        <source>The article is draft.</source>
        <translation>L’article est un brouillon.</translation>
    </message>
    <message>
        <source>The article is in review.</source>
        <translation>L’article est en relecture.</translation>
    </message>
    <message>
        <source>The article is ready.</source>
        <translation>L’article est prêt.</translation>
    </message>
    <message>
        <source>The article is scheduled.</source>
        <translation>L’article est programmé.</translation>
    </message>
    <message>
        <source>The article is published.</source>
        <translation>L’article est publié.</translation>
    </message>
    <message>
        <source>The article is spiked.</source>
        <translation>L’article est écarté.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flux de travail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Move the article to “{status}”.</source>
        <translation>Faire passer l’article à « {status} ».</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>“{name}” is in use by another program (a backup or a sync tool?); nothing was lost. It can be written again once that program lets go of it.</source>
        <translation>« {name} » est utilisé par un autre programme (un outil de sauvegarde ou de synchronisation ?) ; rien n’a été perdu. Il pourra de nouveau être écrit dès que ce programme l’aura libéré.</translation>
    </message>
    <message>
        <source>“{name}” could not be read or written ({problem}). The disk that holds it reported an error; the library itself was left as it was.</source>
        <translation>« {name} » n’a pas pu être lu ou écrit ({problem}). Le disque qui le contient a signalé une erreur ; la bibliothèque elle-même est restée telle quelle.</translation>
    </message>
    <message>
        <source>“{name}” is no longer there: the disk or the network drive that held it may have been disconnected. Connect it again.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est plus là&#xa0;: le disque ou le lecteur réseau qui le contenait a peut-être été déconnecté. Reconnectez-le.</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: the disk or the folder that holds it is read-only. Open it read-only, or copy it to a disk you can write to.</source>
        <translation>« {name} » ne peut pas être écrit : le disque ou le dossier qui le contient est en lecture seule. Ouvrez-le en lecture seule, ou copiez-le sur un disque accessible en écriture.</translation>
    </message>
    <message>
        <source>The disk that holds “{name}” is full, so the library could not be made there. Free at least {size} on it, or choose another place.</source>
        <translation>Le disque qui contient «&#xa0;{name}&#xa0;» est plein&#xa0;: la bibliothèque n’a pas pu y être créée. Libérez au moins {size} sur ce disque, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The disk that holds “{name}” is full. Free at least {size} on it; nothing was lost, and the library is not damaged.</source>
        <translation>Le disque qui contient « {name} » est plein. Libérez au moins {size} sur ce disque ; rien n’a été perdu et la bibliothèque n’est pas endommagée.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space on it and try again.</source>
        <translation>Le disque est plein. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({problem}).</source>
        <translation>Un fichier n’a pas pu être lu ou écrit ({problem}).</translation>
    </message>
    <message>
        <source>The disk that holds “{file}” is full. Free at least {size} on it.</source>
        <translation>Le disque qui contient « {file} » est plein. Libérez au moins {size} sur ce disque.</translation>
    </message>
    <message>
        <source>“{file}” is not there (if it is on a disk or a network drive, is it connected?).</source>
        <translation>« {file} » est introuvable (s’il se trouve sur un disque ou un lecteur réseau, celui-ci est-il connecté ?).</translation>
    </message>
    <message>
        <source>“{file}” cannot be written: the disk or the folder that holds it is read-only, or you may not write there.</source>
        <translation>« {file} » ne peut pas être écrit : le disque ou le dossier qui le contient est en lecture seule, ou vous n’avez pas le droit d’y écrire.</translation>
    </message>
    <message>
        <source>“{file}” could not be read or written ({problem}).</source>
        <translation>« {file} » n’a pas pu être lu ou écrit ({problem}).</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>There is no target “{name}” in this library.</source>
        <translation>Il n’y a pas de cible « {name} » dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>This outbox is already sending.</source>
        <translation>Cette boîte d’envoi est déjà en cours d’envoi.</translation>
    </message>
    <message>
        <source>Newsroom could not prepare it for sending: {error}</source>
        <translation>Newsroom n’a pas pu le préparer pour l’envoi : {error}</translation>
    </message>
    <message>
        <source>Not sent. {reason}</source>
        <translation>Non envoyé. {reason}</translation>
    </message>
    <message>
        <source>It was never on the site.</source>
        <translation>Il n’a jamais été sur le site.</translation>
    </message>
    <message>
        <source>The article is in the trash.</source>
        <translation>L’article est dans la corbeille.</translation>
    </message>
    <message>
        <source>{target}: {message}</source>
        <translation>{target} : {message}</translation>
    </message>
    <message>
        <source>“{headline}”: {message}</source>
        <translation>« {headline} » : {message}</translation>
    </message>
    <message>
        <source>“{headline}” on {target}: {message}</source>
        <translation>« {headline} » sur {target} : {message}</translation>
    </message>
    <message>
        <source>Sent: {sent}. Will retry: {retrying}. Need attention: {attention}. Conflicts: {conflicts}. Still in the outbox: {remaining}.</source>
        <translation>Envoyés : {sent}. À réessayer : {retrying}. À vérifier : {attention}. Conflits : {conflicts}. Encore dans la boîte d’envoi : {remaining}.</translation>
    </message>
    <message>
        <source>Failed before and still waiting: {count}.</source>
        <translation>Échoués auparavant et toujours en attente : {count}.</translation>
    </message>
    <message>
        <source>Next attempt: {when} UTC.</source>
        <translation>Prochaine tentative : {when} UTC.</translation>
    </message>
    <message>
        <source>Held until their time (embargo or schedule): {count}.</source>
        <translation>Retenus jusqu’à leur heure (embargo ou programmation) : {count}.</translation>
    </message>
    <message>
        <source>Nothing to send: {count}.</source>
        <translation>Rien à envoyer : {count}.</translation>
    </message>
    <message>
        <source>“{name}” is paused: its user name or password was refused. Give it new ones, then sync again.</source>
        <translation>« {name} » est en pause : son nom d’utilisateur ou son mot de passe a été refusé. Indiquez-en de nouveaux, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>Now published in the library: {count}.</source>
        <translation>Désormais publiés dans la bibliothèque : {count}.</translation>
    </message>
    <message>
        <source>Stopped before the end; the rest waits in the outbox.</source>
        <translation>Arrêté avant la fin ; le reste attend dans la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Nouvelle tentative prévue</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Intervention requise</translation>
    </message>
    <message>
        <source>Paused: password refused</source>
        <translation>En pause&#xa0;: mot de passe refusé</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Rien à envoyer</translation>
    </message>
    <message>
        <source>Held until its time</source>
        <translation>Retenu jusqu&apos;à son heure</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Annuler la publication</translation>
    </message>
    <message>
        <source>Discard the request to publish “{headline}” on {target}? It will not be sent.</source>
        <translation>Abandonner la demande de publication de «&#xa0;{headline}&#xa0;» sur {target}&#xa0;? Elle ne sera pas envoyée.</translation>
    </message>
    <message>
        <source>Discard the request to update “{headline}” on {target}? It will not be sent.</source>
        <translation>Abandonner la demande de mise à jour de «&#xa0;{headline}&#xa0;» sur {target}&#xa0;? Elle ne sera pas envoyée.</translation>
    </message>
    <message>
        <source>Discard the request to unpublish “{headline}” on {target}? It will not be sent.</source>
        <translation>Abandonner la demande d&apos;annulation de la publication de «&#xa0;{headline}&#xa0;» sur {target}&#xa0;? Elle ne sera pas envoyée.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente d&apos;une nouvelle tentative</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sync Log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation>En attente dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>Nothing waits in the outbox.</source>
        <translation>Rien n&apos;attend dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>Résumé de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Send the chosen entry at once, without waiting.</source>
        <translation>Envoyer l&apos;entrée choisie tout de suite, sans attendre.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Drop the chosen entry: it will not be sent.</source>
        <translation>Abandonner l&apos;entrée choisie&#xa0;: elle ne sera pas envoyée.</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflict…</source>
        <translation>Résoudre le &amp;conflit…</translation>
    </message>
    <message>
        <source>Compare the two versions and decide.</source>
        <translation>Comparer les deux versions et décider.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Show the latest attempts.</source>
        <translation>Afficher les dernières tentatives.</translation>
    </message>
    <message>
        <source>Every attempt, newest first</source>
        <translation>Toutes les tentatives, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Details of the chosen attempt</source>
        <translation>Détails de la tentative choisie</translation>
    </message>
    <message>
        <source>Choose an attempt to see its details.</source>
        <translation>Choisissez une tentative pour en voir les détails.</translation>
    </message>
    <message>
        <source>Cop&amp;y Details</source>
        <translation>Cop&amp;ier les détails</translation>
    </message>
    <message>
        <source>Copy the details of the chosen attempt, for a bug report.</source>
        <translation>Copier les détails de la tentative choisie, pour un rapport de bogue.</translation>
    </message>
    <message>
        <source>Technical details (for a bug report):</source>
        <translation>Détails techniques (pour un rapport de bogue) :</translation>
    </message>
    <message>
        <source>Discard the request to send “{headline}” on {target}? It will not be sent.</source>
        <translation>Abandonner la demande d&apos;envoi de «&#xa0;{headline}&#xa0;» sur {target}&#xa0;? Elle ne sera pas envoyée.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Changed since sync</source>
        <translation>Modifié depuis la synchronisation</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
</context>
<context>
    <name>SyncStateButton</name>
    <message>
        <source>Queued for {target}</source>
        <translation>En attente pour {target}</translation>
    </message>
    <message>
        <source>Synced to {target}</source>
        <translation>Synchronisé avec {target}</translation>
    </message>
    <message>
        <source>Changed since sync on {target}</source>
        <translation>Modifié depuis la synchronisation sur {target}</translation>
    </message>
    <message>
        <source>Failed on {target}</source>
        <translation>Échec sur {target}</translation>
    </message>
    <message>
        <source>Conflict on {target}</source>
        <translation>Conflit sur {target}</translation>
    </message>
    <message>
        <source>{target}: {state}</source>
        <translation>{target}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>{text}, last sent {when}</source>
        <translation>{text}, dernier envoi le {when}</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de synchronisation</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>There is no publishing target yet: add one with Publish › Targets…</source>
        <translation>Il n&apos;y a pas encore de cible de publication&#xa0;: ajoutez-en une avec Publier › Cibles…</translation>
    </message>
    <message>
        <source>Click to compare the two versions and decide.</source>
        <translation>Cliquez pour comparer les deux versions et décider.</translation>
    </message>
    <message>
        <source>Click to open the sync log.</source>
        <translation>Cliquez pour ouvrir le journal de synchronisation.</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>A target needs a name, such as “Website”.</source>
        <translation>Une cible a besoin d’un nom, par exemple « Site web ».</translation>
    </message>
    <message>
        <source>A target&apos;s name can be at most {count} characters long.</source>
        <translation>Le nom d’une cible peut comporter au plus {count} caractères.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a target&apos;s name: use letters, digits, spaces and punctuation other than slashes.</source>
        <translation>« {name} » ne peut pas être le nom d’une cible : utilisez des lettres, des chiffres, des espaces et une ponctuation autre que les barres obliques.</translation>
    </message>
    <message>
        <source>A static site&apos;s address is a folder, given in full (such as “/home/me/site”), not “{url}”.</source>
        <translation>L’adresse d’un site statique est un dossier, indiqué en entier (par exemple « /home/moi/site »), pas « {url} ».</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder.</source>
        <translation>« {path} » est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>« {url} » n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>Give the user name and the password in their own fields (on the command line: --user, and the password when asked), not in the address.</source>
        <translation>Indiquez le nom d’utilisateur et le mot de passe dans leurs propres champs (en ligne de commande : --user, et le mot de passe quand il est demandé), pas dans l’adresse.</translation>
    </message>
    <message>
        <source>The address of a {kind} target starts with https:// (or http://), such as “https://news.example.org”; “{url}” does not.</source>
        <translation>L’adresse d’une cible {kind} commence par https:// (ou http://), par exemple « https://news.example.org » ; ce n’est pas le cas de « {url} ».</translation>
    </message>
    <message>
        <source>A {kind} target needs a user name.</source>
        <translation>Une cible {kind} a besoin d’un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>A {kind} target has no user name.</source>
        <translation>Une cible {kind} n’a pas de nom d’utilisateur.</translation>
    </message>
    <message>
        <source>There is no target “{name}” in this library.</source>
        <translation>Il n’y a pas de cible « {name} » dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>There is no target number {number} in this library.</source>
        <translation>Il n’y a pas de cible numéro {number} dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>There is already a target called “{name}” in this library.</source>
        <translation>Il y a déjà une cible nommée « {name} » dans cette bibliothèque.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Keep for This Session Only</source>
        <translation>Conserver pour cette session uniquement</translation>
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
        <translation>Comme l&apos;original (JPEG ou WebP)</translation>
    </message>
    <message>
        <source>Photos go scaled to this size, without the place they were taken and the camera&apos;s serial numbers; PNG and GIF images keep their format.</source>
        <translation>Les photos partent réduites à cette taille, sans le lieu de la prise de vue ni les numéros de série de l&apos;appareil&#xa0;; les images PNG et GIF gardent leur format.</translation>
    </message>
    <message>
        <source>This computer has no safe password store that Newsroom can use. A password typed here can be kept for this session only: until Newsroom closes.</source>
        <translation>Cet ordinateur n&apos;a pas de stockage sûr des mots de passe que Newsroom puisse utiliser. Un mot de passe saisi ici ne peut être conservé que pour cette session&#xa0;: jusqu&apos;à la fermeture de Newsroom.</translation>
    </message>
    <message>
        <source>Publishing Targets</source>
        <translation>Cibles de publication</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>&amp;New Target</source>
        <translation>&amp;Nouvelle cible</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Image size, longer side in pixels</source>
        <translation>Taille des images, côté le plus long en pixels</translation>
    </message>
    <message>
        <source>The longer side of the images the site receives. Smaller images are not enlarged.</source>
        <translation>Le côté le plus long des images que reçoit le site. Les images plus petites ne sont pas agrandies.</translation>
    </message>
    <message>
        <source>Image quality</source>
        <translation>Qualité des images</translation>
    </message>
    <message>
        <source>JPEG or WebP quality, 1 to 100: 85 is hard to tell from the original.</source>
        <translation>Qualité JPEG ou WebP, de 1 à 100&#xa0;: 85 se distingue difficilement de l&apos;original.</translation>
    </message>
    <message>
        <source>Image format</source>
        <translation>Format des images</translation>
    </message>
    <message>
        <source>About the images</source>
        <translation>À propos des images</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Sign in to the target with these details</source>
        <translation>Se connecter à la cible avec ces informations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation>Tai&amp;lle des images&#xa0;:</translation>
    </message>
    <message>
        <source>Image &amp;quality:</source>
        <translation>&amp;Qualité des images&#xa0;:</translation>
    </message>
    <message>
        <source>Image &amp;format:</source>
        <translation>&amp;Format des images&#xa0;:</translation>
    </message>
    <message>
        <source>{name} — {kind} (paused)</source>
        <translation>{name} — {kind} (en pause)</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Remove the target “{name}”?</source>
        <translation>Supprimer la cible «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It still has 1 entry in the outbox, which will not be sent.</source>
        <comment>one</comment>
        <translation>Elle a encore 1 entrée dans la boîte d&apos;envoi, qui ne sera pas envoyée.</translation>
    </message>
    <message numerus="yes">
        <source>It still has %n entries in the outbox, which will not be sent.</source>
        <comment>many</comment>
        <translation>
            <numerusform>Elle a encore %n entrée dans la boîte d&apos;envoi, qui ne sera pas envoyée.</numerusform>
            <numerusform>Elle a encore %n entrées dans la boîte d&apos;envoi, qui ne seront pas envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Supprimer la cible</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Checking “{name}”…</source>
        <translation>Vérification de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>check a target</source>
        <translation>vérification d&apos;une cible</translation>
    </message>
    <message>
        <source>Signed in as {name}.</source>
        <translation>Connecté en tant que {name}.</translation>
    </message>
    <message>
        <source>It works. {detail}</source>
        <translation>Cela fonctionne. {detail}</translation>
    </message>
    <message>
        <source>Signed in, but {name} may not publish there. {detail}</source>
        <translation>Connecté, mais {name} n&apos;a pas le droit d&apos;y publier. {detail}</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>La vérification a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This version of Newsroom cannot publish to this kind of target yet.</source>
        <translation>Cette version de Newsroom ne peut pas encore publier sur ce type de cible.</translation>
    </message>
</context>
<context>
    <name>TextStats</name>
    <message numerus="yes">
        <source>{count} word(s)</source>
        <translation>
            <numerusform>{count} mot</numerusform>
            <numerusform>{count} mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} character(s)</source>
        <translation>
            <numerusform>{count} caractère</numerusform>
            <numerusform>{count} caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>{words} · {characters} · {minutes} min read</source>
        <translation>{words} · {characters} · {minutes} min de lecture</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>The site theme&apos;s template has an error on line {line}: {message}</source>
        <translation>Le modèle du thème du site contient une erreur à la ligne {line}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>The site theme&apos;s template did something not allowed: {problem}</source>
        <translation>Le modèle du thème du site a fait quelque chose d’interdit&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The site theme&apos;s template could not be rendered: {problem}</source>
        <translation>Le modèle du thème du site n’a pas pu être affiché&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The default template is shown.</source>
        <translation>Le modèle par défaut est affiché.</translation>
    </message>
    <message>
        <source>The CSS mode must be one of {modes}.</source>
        <translation>Le mode CSS doit être l’un de ceux-ci&#xa0;: {modes}.</translation>
    </message>
    <message>
        <source>“{name}” is neither a page template (.html.j2) nor CSS.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est ni un modèle de page (.html.j2) ni du CSS.</translation>
    </message>
    <message>
        <source>A site theme has one page template (.html.j2), not several.</source>
        <translation>Un thème de site a un seul modèle de page (.html.j2), pas plusieurs.</translation>
    </message>
    <message>
        <source>No page template (.html.j2) or CSS file was found for the theme.</source>
        <translation>Aucun modèle de page (.html.j2) ni fichier CSS n’a été trouvé pour le thème.</translation>
    </message>
    <message>
        <source>The theme could not be read: {problem}</source>
        <translation>Le thème n’a pas pu être lu&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>ThemeImport</name>
    <message>
        <source>Site themes (*.html.j2 *.css);;All files (*)</source>
        <translation>Thèmes de site (*.html.j2 *.css);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Site theme imported: a page template and CSS.</source>
        <translation>Thème du site importé : un modèle de page et du CSS.</translation>
    </message>
    <message>
        <source>Site theme imported: a page template.</source>
        <translation>Thème du site importé : un modèle de page.</translation>
    </message>
    <message>
        <source>Site theme imported: CSS.</source>
        <translation>Thème du site importé : CSS.</translation>
    </message>
    <message>
        <source>Import Site Theme</source>
        <translation>Importer un thème de site</translation>
    </message>
    <message>
        <source>Default Site Theme</source>
        <translation>Thème de site par défaut</translation>
    </message>
    <message>
        <source>The default site theme is used again.</source>
        <translation>Le thème par défaut du site est de nouveau utilisé.</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>make a thumbnail</source>
        <translation>créer une vignette</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>{where}: the front matter is not valid YAML ({problem}).</source>
        <translation>{where} : l’en-tête n’est pas du YAML valide ({problem}).</translation>
    </message>
    <message>
        <source>{where}: the front matter should be a set of “key: value” lines.</source>
        <translation>{where} : l’en-tête YAML devrait être une suite de lignes « clé: valeur ».</translation>
    </message>
    <message>
        <source>{where}: “{name}” should be text.</source>
        <translation>{where} : « {name} » devrait être du texte.</translation>
    </message>
    <message>
        <source>{where}: “{value}” is not a date; write it as 2026-11-25 or 2026-11-25T09:30:00+01:00.</source>
        <translation>{where} : « {value} » n’est pas une date ; écrivez-la sous la forme 2026-11-25 ou 2026-11-25T09:30:00+01:00.</translation>
    </message>
    <message>
        <source>{where}: “tags” should be a list or comma-separated text.</source>
        <translation>{where} : « tags » devrait être une liste ou un texte séparé par des virgules.</translation>
    </message>
    <message>
        <source>{where}: “related” should be a list.</source>
        <translation>{where} : « related » devrait être une liste.</translation>
    </message>
    <message>
        <source>{where}: related article “{item}” is not in the library. Import it first, or give it as {{title, url}}.</source>
        <translation>{where} : l’article associé « {item} » n’est pas dans la bibliothèque. Importez-le d’abord, ou indiquez-le sous la forme {{title, url}}.</translation>
    </message>
    <message>
        <source>{where}: each related item is a headline, or has “title” and “url”.</source>
        <translation>{where} : chaque élément associé est un titre, ou a un « title » et une « url ».</translation>
    </message>
    <message>
        <source>{where}: each correction or update has “at” and “text”.</source>
        <translation>{where} : chaque correction ou mise à jour a un « at » et un « text ».</translation>
    </message>
    <message>
        <source>{where}: each item of “notes” has a “kind”: correction or update.</source>
        <translation>{where} : chaque élément de « notes » a un « kind » : correction ou update.</translation>
    </message>
    <message>
        <source>{where}: “{kind}” is not a kind of note; write correction or update.</source>
        <translation>{where} : « {kind} » n’est pas un type de note ; écrivez correction ou update.</translation>
    </message>
    <message>
        <source>{where}: the {kind} “{text}” has no “at”.</source>
        <translation>{where} : la note {kind} « {text} » n’a pas de « at ».</translation>
    </message>
    <message>
        <source>{where}: “{key}” should be a list.</source>
        <translation>{where} : « {key} » devrait être une liste.</translation>
    </message>
    <message>
        <source>{where}: ignored unknown key “{key}”</source>
        <translation>{where} : clé inconnue « {key} » ignorée</translation>
    </message>
    <message>
        <source>{where}: there is no section “{section}” in the library. Write it as “Parent/Child”, with \/ for a slash inside a name (Culture/Art\/Design).</source>
        <translation>{where} : il n’y a pas de rubrique « {section} » dans la bibliothèque. Écrivez-la sous la forme « Parent/Enfant », avec \/ pour une barre oblique dans un nom (Culture/Art\/Design).</translation>
    </message>
    <message>
        <source>{where}: there is no headline and no text to import.</source>
        <translation>{where} : il n’y a ni titre ni texte à importer.</translation>
    </message>
    <message>
        <source>{path}: not a UTF-8 text file.</source>
        <translation>{path} : ce n’est pas un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({problem}).</source>
        <translation>{path} : impossible à lire ({problem}).</translation>
    </message>
    <message>
        <source>{where}: an article with the slug “{slug}” is already in the library (use --replace to overwrite it).</source>
        <translation>{where} : un article avec l’identifiant « {slug} » est déjà dans la bibliothèque (utilisez --replace pour l’écraser).</translation>
    </message>
</context>
<context>
    <name>WeakKeyringError</name>
    <message>
        <source>This computer has no safe password store (a keychain) that Newsroom can use, only “{backend}”, which would keep the password unprotected or not at all. Newsroom will not store it there. Set up the system keychain (on Linux, GNOME Keyring or KWallet), or keep the password for this session only.</source>
        <translation>Cet ordinateur n’a aucun gestionnaire de mots de passe sûr (un trousseau) utilisable par Newsroom, seulement « {backend} », qui conserverait le mot de passe sans protection ou pas du tout. Newsroom ne l’y enregistrera pas. Configurez le trousseau du système (sous Linux, GNOME Keyring ou KWallet), ou conservez le mot de passe pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>WordPressPublisher</name>
    <message>
        <source>{host} did not accept the user name and application password of “{name}”. WordPress needs an Application Password (made under Users › Profile on the site), not the password you sign in with. If it is right, the site&apos;s server may be dropping the sign-in header: WordPress&apos;s Site Health page says so.</source>
        <translation>{host} n’a pas accepté le nom d’utilisateur et le mot de passe d’application de « {name} ». WordPress demande un mot de passe d’application (créé sous Comptes › Profil sur le site), pas le mot de passe avec lequel vous vous connectez. S’il est correct, le serveur du site supprime peut-être l’en-tête de connexion : la page Santé du site de WordPress l’indique.</translation>
    </message>
    <message>
        <source>Signed in as {user} ({roles}).</source>
        <translation>Connecté en tant que {user} ({roles}).</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Connecté en tant que {user}.</translation>
    </message>
    <message>
        <source>This account may write drafts but not publish them.</source>
        <translation>Ce compte peut écrire des brouillons mais pas les publier.</translation>
    </message>
    <message>
        <source>This account may not upload images.</source>
        <translation>Ce compte ne peut pas téléverser d’images.</translation>
    </message>
    <message>
        <source>This article is not on the site, so it cannot be taken off.</source>
        <translation>Cet article n’est pas sur le site ; il ne peut donc pas en être retiré.</translation>
    </message>
    <message>
        <source>{host} did not keep the post&apos;s {names}.</source>
        <translation>{host} n’a pas conservé ces éléments de l’article : {names}.</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>featured_media</source>
        <translation>image à la une</translation>
    </message>
    <message>
        <source>The article was deleted on the site since it was last sent. Send it again to publish it anew, or leave it off the site.</source>
        <translation>L’article a été supprimé sur le site depuis son dernier envoi. Envoyez-le à nouveau pour le republier, ou laissez-le hors du site.</translation>
    </message>
    <message>
        <source>The article was changed on the site since it was last sent: {fields}. Keep your version, take the site&apos;s, or edit.</source>
        <translation>L’article a été modifié sur le site depuis son dernier envoi : {fields}. Conservez votre version, prenez celle du site, ou modifiez-le.</translation>
    </message>
</context>
<context>
    <name>WordPressRest</name>
    <message>
        <source>{host} answered with a web page instead of data: the network may need a sign-in (as in a hotel or on a train), or the address is not the address of a WordPress site.</source>
        <translation>{host} a répondu par une page web au lieu de données : le réseau demande peut-être une connexion (comme dans un hôtel ou un train), ou l’adresse n’est pas celle d’un site WordPress.</translation>
    </message>
    <message>
        <source>{host} does not look like a WordPress site: its REST API was not found. Check the address of the target.</source>
        <translation>{host} ne ressemble pas à un site WordPress : son API REST est introuvable. Vérifiez l’adresse de la cible.</translation>
    </message>
    <message>
        <source>{host} answered a list with something else.</source>
        <translation>{host} a répondu autre chose qu’une liste.</translation>
    </message>
    <message>
        <source>No user name or application password is set for “{name}”.</source>
        <translation>Aucun nom d’utilisateur ni mot de passe d’application n’est défini pour « {name} ».</translation>
    </message>
</context>
<context>
    <name>WordPressSeo</name>
    <message>
        <source>{target} has no search title or description fields that Newsroom can write (Yoast or Rank Math): they were not sent.</source>
        <translation>{target} n’a pas de champs de titre ou de description pour les moteurs de recherche que Newsroom puisse remplir (Yoast ou Rank Math) : ils n’ont pas été envoyés.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>a draft</source>
        <translation>un brouillon</translation>
    </message>
    <message>
        <source>an article in review</source>
        <translation>un article en relecture</translation>
    </message>
    <message>
        <source>an article that is ready</source>
        <translation>un article prêt</translation>
    </message>
    <message>
        <source>a scheduled article</source>
        <translation>un article programmé</translation>
    </message>
    <message>
        <source>a published article</source>
        <translation>un article publié</translation>
    </message>
    <message>
        <source>a spiked article</source>
        <translation>un article écarté</translation>
    </message>
    <message>
        <source>sent back to draft</source>
        <translation>renvoyé en brouillon</translation>
    </message>
    <message>
        <source>sent to review</source>
        <translation>envoyé en relecture</translation>
    </message>
    <message>
        <source>marked ready</source>
        <translation>marqué comme prêt</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programmé</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>spiked</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>The article is draft already.</source>
        <translation>L’article est déjà un brouillon.</translation>
    </message>
    <message>
        <source>The article is in review already.</source>
        <translation>L’article est déjà en relecture.</translation>
    </message>
    <message>
        <source>The article is ready already.</source>
        <translation>L’article est déjà prêt.</translation>
    </message>
    <message>
        <source>The article is scheduled already.</source>
        <translation>L’article est déjà programmé.</translation>
    </message>
    <message>
        <source>The article is published already.</source>
        <translation>L’article est déjà publié.</translation>
    </message>
    <message>
        <source>The article is spiked already.</source>
        <translation>L’article est déjà écarté.</translation>
    </message>
    <message>
        <source>{list} or {last}</source>
        <translation>{list} ou {last}</translation>
    </message>
    <message>
        <source>{subject} cannot be {done}; it can be {can}.</source>
        <translation>{subject} ne peut pas être {done} ; il peut être {can}.</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Annuler la publication</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Annuler la programmation</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Marquer comme prêt</translation>
    </message>
    <message>
        <source>Restore as draft</source>
        <translation>Restaurer en brouillon</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Renvoyer en brouillon</translation>
    </message>
    <message>
        <source>Back to review</source>
        <translation>Renvoyer en relecture</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>core</name>
    <message>
        <source>walk a blast round</source>
        <translation>hacer una ronda de recorridos</translation>
    </message>
    <message>
        <source>the person walking the round</source>
        <translation>la persona que hace la ronda</translation>
    </message>
    <message>
        <source>record in a blast round</source>
        <translation>registrar en una ronda de recorridos</translation>
    </message>
    <message>
        <source>the person who recorded it</source>
        <translation>la persona que la registró</translation>
    </message>
    <message>
        <source>change a blast visit</source>
        <translation>cambiar una visita breve</translation>
    </message>
    <message>
        <source>delete a blast visit</source>
        <translation>eliminar una visita breve</translation>
    </message>
    <message>
        <source>save or change a walking route</source>
        <translation>guardar o cambiar una ruta de recorrido</translation>
    </message>
    <message>
        <source>change the school directory</source>
        <translation>cambiar el directorio escolar</translation>
    </message>
    <message>
        <source>add people to the directory</source>
        <translation>agregar personas al directorio</translation>
    </message>
    <message>
        <source>change a person&apos;s name</source>
        <translation>cambiar el nombre de una persona</translation>
    </message>
    <message>
        <source>remove people from the directory</source>
        <translation>quitar personas del directorio</translation>
    </message>
    <message>
        <source>change someone&apos;s role</source>
        <translation>cambiar el rol de alguien</translation>
    </message>
    <message>
        <source>unlock a profile</source>
        <translation>desbloquear un perfil</translation>
    </message>
    <message>
        <source>the person themselves</source>
        <translation>la propia persona</translation>
    </message>
    <message>
        <source>set or remove a PIN</source>
        <translation>poner o quitar un PIN</translation>
    </message>
    <message>
        <source>import a roster</source>
        <translation>importar una lista</translation>
    </message>
    <message>
        <source>merge directory entries</source>
        <translation>unir entradas del directorio</translation>
    </message>
    <message>
        <source>make and change PLC teams</source>
        <translation>crear y cambiar equipos de PLC</translation>
    </message>
    <message>
        <source>a colleague who takes part in it</source>
        <translation>un colega que participa en ella</translation>
    </message>
    <message>
        <source>plan a peer visit</source>
        <translation>planear una visita entre pares</translation>
    </message>
    <message>
        <source>the people in the visit and whoever planned it</source>
        <translation>las personas de la visita y quien la planeó</translation>
    </message>
    <message>
        <source>change when and where a peer visit happens</source>
        <translation>cambiar cuándo y dónde ocurre una visita entre pares</translation>
    </message>
    <message>
        <source>the host and whoever planned it</source>
        <translation>el docente anfitrión y quien la planeó</translation>
    </message>
    <message>
        <source>cancel a peer visit</source>
        <translation>cancelar una visita entre pares</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>el docente anfitrión</translation>
    </message>
    <message>
        <source>change who takes part in a peer visit</source>
        <translation>cambiar quién participa en una visita entre pares</translation>
    </message>
    <message>
        <source>write a peer visit&apos;s focus, agreement, sharing or debrief</source>
        <translation>escribir el enfoque, el acuerdo, el permiso para compartir o la conversación posterior de una visita entre pares</translation>
    </message>
    <message>
        <source>the visitor who takes them</source>
        <translation>el visitante que las toma</translation>
    </message>
    <message>
        <source>write a visitor&apos;s notes</source>
        <translation>escribir las notas de un visitante</translation>
    </message>
    <message>
        <source>assign substitute cover</source>
        <translation>asignar suplentes</translation>
    </message>
    <message>
        <source>change frameworks</source>
        <translation>cambiar marcos</translation>
    </message>
    <message>
        <source>open the dashboard</source>
        <translation>abrir el panel</translation>
    </message>
    <message>
        <source>make summary reports</source>
        <translation>crear informes de resumen</translation>
    </message>
    <message>
        <source>export visits as CSV</source>
        <translation>exportar visitas como CSV</translation>
    </message>
    <message>
        <source>sync this device</source>
        <translation>sincronizar este dispositivo</translation>
    </message>
    <message>
        <source>the person whose record it is</source>
        <translation>la persona a quien pertenece el registro</translation>
    </message>
    <message>
        <source>resolve a sync conflict</source>
        <translation>resolver un conflicto de sincronización</translation>
    </message>
    <message>
        <source>change this device&apos;s settings</source>
        <translation>cambiar la configuración de este dispositivo</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>administrators</source>
        <translation>los administradores</translation>
    </message>
    <message>
        <source>coaches</source>
        <translation>los coaches</translation>
    </message>
    <message>
        <source>teachers</source>
        <translation>los docentes</translation>
    </message>
    <message>
        <source>substitutes</source>
        <translation>los suplentes</translation>
    </message>
    <message>
        <source>administrator</source>
        <extracomment>A role&apos;s name in a sentence (&quot;Ana is a teacher&quot;).</extracomment>
        <translation>administrador/a</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>docente</translation>
    </message>
    <message>
        <source>substitute</source>
        <translation>suplente</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>{first} and {then}</source>
        <translation>{first} y {then}</translation>
    </message>
    <message>
        <source>{roles} or {owner}</source>
        <translation>{roles} o {owner}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Only {allowed} may {action}.</source>
        <translation>Solo {allowed} pueden {action}.</translation>
    </message>
    <message>
        <source>choose your profile first: only {allowed} may {action}</source>
        <translation>primero elija su perfil: solo {allowed} pueden {action}</translation>
    </message>
    <message>
        <source>{name} is no longer in the directory</source>
        <translation>{name} ya no está en el directorio</translation>
    </message>
    <message>
        <source>only {allowed} may {action}</source>
        <translation>solo {allowed} pueden {action}</translation>
    </message>
    <message>
        <source>{name} is a {role}: only {allowed} may {action}</source>
        <translation>{name} tiene el rol de {role}: solo {allowed} pueden {action}</translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits</source>
        <translation>un PIN tiene de 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <source>that profile is not in the directory</source>
        <translation>ese perfil no está en el directorio</translation>
    </message>
    <message>
        <source>the database is busy (another program is writing to it)</source>
        <translation>la base de datos está ocupada (otro programa está escribiendo en ella)</translation>
    </message>
    <message>
        <source>the disk is full: free some space on this device</source>
        <translation>el disco está lleno: libere espacio en este dispositivo</translation>
    </message>
    <message>
        <source>the database could not be written to the disk ({detail})</source>
        <translation>no se pudo escribir la base de datos en el disco ({detail})</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>una persona necesita un nombre</translation>
    </message>
    <message>
        <source>the PIN was not checked: the database could not record the try ({why}); try again in a moment</source>
        <translation>no se comprobó el PIN: la base de datos no pudo registrar el intento ({why}); inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>that PIN is not {name}&apos;s, and {count} wrong PINs in a row have locked the profile: an administrator can unlock it (or wait {hours} hours)</source>
        <translation>ese PIN no es el de {name}, y {count} PIN incorrectos seguidos bloquearon el perfil: un administrador puede desbloquearlo (o espere {hours} horas)</translation>
    </message>
    <message>
        <source>that PIN is not {name}&apos;s: wait {wait} before the next try (1 try before the profile is locked)</source>
        <translation>ese PIN no es el de {name}: espere {wait} antes del siguiente intento (queda 1 intento antes de que se bloquee el perfil)</translation>
    </message>
    <message>
        <source>that PIN is not {name}&apos;s: wait {wait} before the next try ({left} tries before the profile is locked)</source>
        <translation>ese PIN no es el de {name}: espere {wait} antes del siguiente intento (quedan {left} intentos antes de que se bloquee el perfil)</translation>
    </message>
    <message>
        <source>that PIN is not {name}&apos;s (1 try before the profile is locked)</source>
        <translation>ese PIN no es el de {name} (queda 1 intento antes de que se bloquee el perfil)</translation>
    </message>
    <message>
        <source>that PIN is not {name}&apos;s ({left} tries before the profile is locked)</source>
        <translation>ese PIN no es el de {name} (quedan {left} intentos antes de que se bloquee el perfil)</translation>
    </message>
    <message>
        <source>{name}&apos;s profile is locked after {count} wrong PINs: an administrator can unlock it in School directory, or try again in {wait}</source>
        <translation>el perfil de {name} está bloqueado tras {count} PIN incorrectos: un administrador puede desbloquearlo en Directorio escolar, o inténtelo de nuevo en {wait}</translation>
    </message>
    <message>
        <source>too many wrong PINs for {name}: try again in {wait}</source>
        <translation>demasiados PIN incorrectos para {name}: inténtelo de nuevo en {wait}</translation>
    </message>
    <message>
        <source>sign out after one of {choices} minutes (0: never)</source>
        <translation>cerrar la sesión tras {choices} minutos (0: nunca)</translation>
    </message>
    <message>
        <source>{file}: 1 room read</source>
        <translation>{file}: se leyó 1 aula</translation>
    </message>
    <message>
        <source>{file}: {n} rooms read</source>
        <translation>{file}: se leyeron {n} aulas</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>archivo de lista de aulas</translation>
    </message>
    <message>
        <source>is an old Excel file (.xls); save it as .xlsx or .csv</source>
        <translation>es un archivo antiguo de Excel (.xls); guárdelo como .xlsx o .csv</translation>
    </message>
    <message>
        <source>is empty: it needs a header row (room, teacher, e-mail, grade band, subject) and one row per room</source>
        <translation>está vacío: necesita una fila de encabezado (aula, docente, correo electrónico, nivel de grado, materia) y una fila por aula</translation>
    </message>
    <message>
        <source>is a second {field} column (the first is {first}); keep one</source>
        <translation>es una segunda columna de {field} (la primera es {first}); deje una</translation>
    </message>
    <message>
        <source>has no {field} column (the header row has {known}); name one column &apos;room&apos;</source>
        <translation>no tiene columna de {field} (la fila de encabezado tiene {known}); llame &apos;room&apos; a una columna</translation>
    </message>
    <message>
        <source>starts with {char}, which a spreadsheet would run as a formula; remove that character</source>
        <translation>empieza con {char}, que una hoja de cálculo ejecutaría como fórmula; quite ese carácter</translation>
    </message>
    <message>
        <source>holds a line break or control character; keep it on one line</source>
        <translation>contiene un salto de línea o un carácter de control; déjelo en una sola línea</translation>
    </message>
    <message>
        <source>is {n} characters long; at most {most}</source>
        <translation>tiene {n} caracteres; como máximo {most}</translation>
    </message>
    <message>
        <source>is empty; every row needs its room</source>
        <translation>está vacío; cada fila necesita su aula</translation>
    </message>
    <message>
        <source>{room} is already on {unit} {first}; each room once</source>
        <translation>{room} ya está en {unit} {first}; cada aula una sola vez</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address (name@school.org)</source>
        <translation>{email} no es una dirección de correo electrónico (nombre@escuela.org)</translation>
    </message>
    <message>
        <source>is empty but the e-mail is {email}; give the teacher&apos;s name</source>
        <translation>está vacío pero el correo es {email}; escriba el nombre del docente</translation>
    </message>
    <message>
        <source>{email} is {other} on {unit} {first}, not {teacher}; one e-mail per person</source>
        <translation>{email} es de {other} en {unit} {first}, no de {teacher}; un correo por persona</translation>
    </message>
    <message>
        <source>{band} is not a grade band the app knows (K-2, 3-5, 6-8, 9-12, or one grade from PK and K to 12)</source>
        <translation>{band} no es un nivel de grado que la aplicación conozca (K-2, 3-5, 6-8, 9-12, o un grado de PK y K a 12)</translation>
    </message>
    <message>
        <source>hold no room yet: type one per line</source>
        <translation>no tienen ninguna aula todavía: escriba una por línea</translation>
    </message>
    <message>
        <source>is not UTF-8 text (a character here cannot be read); in Excel use Save As &gt; &quot;CSV UTF-8 (comma delimited)&quot;, in LibreOffice choose the character set Unicode (UTF-8)</source>
        <translation>no es texto UTF-8 (un carácter aquí no se puede leer); en Excel use Guardar como &gt; &quot;CSV UTF-8 (delimitado por comas)&quot;, en LibreOffice elija el juego de caracteres Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>is not a text (CSV) file: it holds binary data</source>
        <translation>no es un archivo de texto (CSV): contiene datos binarios</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({why})</source>
        <translation>no se puede leer como CSV ({why})</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx): it cannot be opened as one; save it from Excel or LibreOffice as .xlsx or .csv</source>
        <translation>no es un libro de Excel (.xlsx): no se puede abrir como tal; guárdelo desde Excel o LibreOffice como .xlsx o .csv</translation>
    </message>
    <message>
        <source>unpacks to {mb} MB, far more than any roster (at most 50 MB); it was not opened</source>
        <translation>se descomprime en {mb} MB, mucho más que cualquier lista (como máximo 50 MB); no se abrió</translation>
    </message>
    <message>
        <source>is a zip file but not an Excel workbook (.xlsx): it has no workbook in it</source>
        <translation>es un archivo zip pero no un libro de Excel (.xlsx): no contiene ningún libro</translation>
    </message>
    <message>
        <source>is an Excel workbook that cannot be read ({kind}); open it in Excel or LibreOffice and save it again</source>
        <translation>es un libro de Excel que no se puede leer ({kind}); ábralo en Excel o LibreOffice y guárdelo de nuevo</translation>
    </message>
    <message>
        <source>cells {first}:{last} are merged; unmerge them and give every row its own value</source>
        <translation>las celdas {first}:{last} están combinadas; sepárelas y dé a cada fila su propio valor</translation>
    </message>
    <message>
        <source>holds a formula; type the value itself</source>
        <translation>contiene una fórmula; escriba el valor mismo</translation>
    </message>
    <message>
        <source>room</source>
        <extracomment>The &quot;file&quot; of rooms typed one per line in the first-run page (not a file name). A roster field&apos;s name in a message (&quot;column C (e-mail)&quot;).</extracomment>
        <translation>aula</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>grade band</source>
        <translation>nivel de grado</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>materia</translation>
    </message>
    <message>
        <source>PLC team</source>
        <translation>equipo de PLC</translation>
    </message>
    <message>
        <source>has a header row but no rooms under it</source>
        <translation>tiene una fila de encabezado pero ningún aula debajo</translation>
    </message>
    <message>
        <source>has {n} rows; a roster has at most {most}</source>
        <translation>tiene {n} filas; una lista tiene como máximo {most}</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>({field})</source>
        <translation>({field})</translation>
    </message>
    <message>
        <source>{letter} ({field})</source>
        <translation>{letter} ({field})</translation>
    </message>
    <message>
        <source>line {row} {column}: {problem}</source>
        <translation>línea {row} {column}: {problem}</translation>
    </message>
    <message>
        <source>line {row}: {problem}</source>
        <translation>línea {row}: {problem}</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>The rooms typed {problem}</source>
        <translation>Las aulas escritas {problem}</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {problem}</source>
        <translation>fila {row}, columna {column}: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>fila {row}: {problem}</translation>
    </message>
    <message>
        <source>column {column}: {problem}</source>
        <translation>columna {column}: {problem}</translation>
    </message>
    <message>
        <source>{file}: warning: {where}: {problem}</source>
        <extracomment>Text to show in other languages (language -&gt; table, see ``framework_translations``): display only, so it is not in the canonical text and never changes the hash.</extracomment>
        <translation>{file}: advertencia: {where}: {problem}</translation>
    </message>
    <message>
        <source>{file}: warning: {problem}</source>
        <translation>{file}: advertencia: {problem}</translation>
    </message>
    <message>
        <source>{file}: {where}: {problem}</source>
        <translation>{file}: {where}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Fall {year}</source>
        <translation>Otoño {year}</translation>
    </message>
    <message>
        <source>Spring {year}</source>
        <translation>Primavera {year}</translation>
    </message>
    <message>
        <source>School year {first}–{last}</source>
        <translation>Año escolar {first}–{last}</translation>
    </message>
    <message>
        <source>restore the newest backup, or start with a new empty data folder</source>
        <translation>restaure la copia de seguridad más reciente, o empiece con una carpeta de datos nueva y vacía</translation>
    </message>
    <message>
        <source>it is left as it is; restore a backup, or start with a new empty data folder</source>
        <translation>se deja tal como está; restaure una copia de seguridad, o empiece con una carpeta de datos nueva y vacía</translation>
    </message>
    <message>
        <source>install that version of Walkthrough (or newer) to open it; it is left as it is</source>
        <translation>instale esa versión de Walkthrough (o una más nueva) para abrirla; se deja tal como está</translation>
    </message>
    <message>
        <source>check that you may read it, or start with a new empty data folder</source>
        <translation>compruebe que tiene permiso para leerlo, o empiece con una carpeta de datos nueva y vacía</translation>
    </message>
    <message>
        <source>free some space on that disk, then start Walkthrough again</source>
        <translation>libere espacio en ese disco y vuelva a abrir Walkthrough</translation>
    </message>
    <message>
        <source>make it writable (or ask IT to), or start with a new empty data folder</source>
        <translation>permita escribir en él (o pídaselo a informática), o empiece con una carpeta de datos nueva y vacía</translation>
    </message>
    <message>
        <source>the file is not a Walkthrough database (not SQLite)</source>
        <translation>el archivo no es una base de datos de Walkthrough (no es SQLite)</translation>
    </message>
    <message>
        <source>the disk is full, so nothing more can be saved</source>
        <translation>el disco está lleno, así que no se puede guardar nada más</translation>
    </message>
    <message>
        <source>the database cannot be written to (it is read-only)</source>
        <translation>no se puede escribir en la base de datos (es de solo lectura)</translation>
    </message>
    <message>
        <source>the database file cannot be opened ({why})</source>
        <translation>no se puede abrir el archivo de la base de datos ({why})</translation>
    </message>
    <message>
        <source>the database is damaged (SQLite says: {why})</source>
        <translation>la base de datos está dañada (SQLite dice: {why})</translation>
    </message>
    <message>
        <source>where the database should be there is a folder</source>
        <translation>donde debería estar la base de datos hay una carpeta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the database file cannot be read ({why})</source>
        <translation>no se puede leer el archivo de la base de datos ({why})</translation>
    </message>
    <message>
        <source>the database file is empty (0 bytes): its data is gone</source>
        <translation>el archivo de la base de datos está vacío (0 bytes): sus datos ya no están</translation>
    </message>
    <message>
        <source>the database file is cut short (truncated)</source>
        <translation>el archivo de la base de datos está incompleto (truncado)</translation>
    </message>
    <message>
        <source>the file is another program&apos;s SQLite database, not Walkthrough&apos;s</source>
        <translation>el archivo es una base de datos SQLite de otro programa, no de Walkthrough</translation>
    </message>
    <message>
        <source>the file is another program&apos;s SQLite database, not Walkthrough&apos;s (application id {id})</source>
        <translation>el archivo es una base de datos SQLite de otro programa, no de Walkthrough (id de aplicación {id})</translation>
    </message>
    <message>
        <source>Walkthrough {version}</source>
        <translation>Walkthrough {version}</translation>
    </message>
    <message>
        <source>a newer Walkthrough</source>
        <translation>una versión más nueva de Walkthrough</translation>
    </message>
    <message>
        <source>the database was made by a newer version of Walkthrough: it is at schema step {step}, and this copy (version {version}) knows steps up to {last}. It needs {needs} or newer</source>
        <translation>la base de datos la creó una versión más nueva de Walkthrough: está en el paso de esquema {step}, y esta copia (versión {version}) conoce los pasos hasta el {last}. Necesita {needs} o posterior</translation>
    </message>
    <message>
        <source>the database is damaged: the tables {tables} are missing</source>
        <translation>la base de datos está dañada: faltan las tablas {tables}</translation>
    </message>
    <message>
        <source>the database is damaged: the table {tables} is missing</source>
        <translation>la base de datos está dañada: falta la tabla {tables}</translation>
    </message>
    <message>
        <source>the database is damaged (SQLite&apos;s check says: {why})</source>
        <translation>la base de datos está dañada (la comprobación de SQLite dice: {why})</translation>
    </message>
    <message>
        <source>another copy of Walkthrough</source>
        <translation>otra copia de Walkthrough</translation>
    </message>
    <message>
        <source>the command `walkthrough {command}`</source>
        <translation>el comando `walkthrough {command}`</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>desde {time}</translation>
    </message>
    <message>
        <source>on {host}</source>
        <translation>en {host}</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>proceso {pid}</translation>
    </message>
    <message>
        <source>this data folder is in use by {who}</source>
        <translation>esta carpeta de datos la está usando {who}</translation>
    </message>
    <message>
        <source>this data folder is in use by {who} ({details})</source>
        <translation>esta carpeta de datos la está usando {who} ({details})</translation>
    </message>
    <message>
        <source>close that copy first (or wait for the command to finish), then try again</source>
        <translation>cierre primero esa copia (o espere a que termine el comando) y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>choose a folder with a shorter path</source>
        <translation>elija una carpeta con una ruta más corta</translation>
    </message>
    <message>
        <source>the folder&apos;s name is empty</source>
        <translation>el nombre de la carpeta está vacío</translation>
    </message>
    <message>
        <source>name a folder, e.g. --data-dir ~/walkthrough-data</source>
        <translation>indique una carpeta, p. ej. --data-dir ~/walkthrough-data</translation>
    </message>
    <message>
        <source>the data folder&apos;s path is {n} characters long, more than the {most} allowed</source>
        <translation>la ruta de la carpeta de datos tiene {n} caracteres, más de los {most} permitidos</translation>
    </message>
    <message>
        <source>this is the top of a disk, not a folder of its own</source>
        <translation>esto es la raíz de un disco, no una carpeta propia</translation>
    </message>
    <message>
        <source>choose or make a folder inside it (--data-dir)</source>
        <translation>elija o cree una carpeta dentro de él (--data-dir)</translation>
    </message>
    <message>
        <source>this is a file, not a folder, so it cannot hold Walkthrough&apos;s data</source>
        <translation>esto es un archivo, no una carpeta, así que no puede guardar los datos de Walkthrough</translation>
    </message>
    <message>
        <source>choose another folder (--data-dir), or start with a new empty data folder</source>
        <translation>elija otra carpeta (--data-dir), o empiece con una carpeta de datos nueva y vacía</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>free some space on it, then try again</source>
        <translation>libere espacio en él y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>this folder cannot be written to (no permission, or a read-only disk)</source>
        <translation>no se puede escribir en esta carpeta (sin permiso, o es un disco de solo lectura)</translation>
    </message>
    <message>
        <source>choose a folder you may write to (--data-dir), or start with a new empty data folder</source>
        <translation>elija una carpeta en la que pueda escribir (--data-dir), o empiece con una carpeta de datos nueva y vacía</translation>
    </message>
    <message>
        <source>the folder&apos;s name is too long</source>
        <translation>el nombre de la carpeta es demasiado largo</translation>
    </message>
    <message>
        <source>part of this path is a file, not a folder</source>
        <translation>parte de esta ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>choose another folder (--data-dir)</source>
        <translation>elija otra carpeta (--data-dir)</translation>
    </message>
    <message>
        <source>this folder cannot be used ({why})</source>
        <translation>no se puede usar esta carpeta ({why})</translation>
    </message>
    <message>
        <source>choose another folder</source>
        <translation>elija otra carpeta</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Ninguna elegida</translation>
    </message>
    <message>
        <source>minute {minute}: {answer}</source>
        <translation>minuto {minute}: {answer}</translation>
    </message>
    <message>
        <source>the first visit</source>
        <translation>la primera visita</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>{since} to {until}</source>
        <translation>{since} a {until}</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Todas las escuelas</translation>
    </message>
    <message>
        <source>Building summary</source>
        <translation>Resumen de la escuela</translation>
    </message>
    <message>
        <source>Building summary: {school}</source>
        <translation>Resumen de la escuela: {school}</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation>Filtros: {filters}</translation>
    </message>
    <message>
        <source>{visits} blast walkthrough visits. Peer visits are never counted here: they are non-evaluative and belong to the teachers in them.</source>
        <translation>{visits} visitas breves de recorrido. Las visitas entre pares nunca se cuentan aquí: no son evaluativas y pertenecen a los docentes que participan en ellas.</translation>
    </message>
    <message>
        <source>Too few visits in this period for any share (fewer than 5).</source>
        <translation>Muy pocas visitas en este período para dar porcentajes (menos de 5).</translation>
    </message>
    <message>
        <source>Look-fors: the share of visits each was seen in</source>
        <translation>Indicadores: el porcentaje de visitas en que se observó cada uno</translation>
    </message>
    <message>
        <source>Look-fors by grade band</source>
        <translation>Indicadores por nivel de grado</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Compared with the period before</source>
        <translation>Comparación con el período anterior</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 visita</translation>
    </message>
    <message>
        <source>{n} visits</source>
        <translation>{n} visitas</translation>
    </message>
    <message>
        <source>{note} ({host}&apos;s class, {day})</source>
        <translation>{note} (clase de {host}, {day})</translation>
    </message>
    <message>
        <source>PLC team {team}</source>
        <translation>Equipo de PLC {team}</translation>
    </message>
    <message>
        <source>Coach compilation: {who}</source>
        <translation>Compilación para coaches: {who}</translation>
    </message>
    <message>
        <source>Blast visits</source>
        <translation>Visitas breves</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Look-fors by tag</source>
        <translation>Indicadores por etiqueta</translation>
    </message>
    <message>
        <source>Trends over terms</source>
        <translation>Tendencias por período</translation>
    </message>
    <message>
        <source>Shared peer visits: what visitors noticed, by the host&apos;s focus</source>
        <translation>Visitas entre pares compartidas: lo que observaron los visitantes, según el enfoque del anfitrión</translation>
    </message>
    <message>
        <source>Only visits whose hosts shared them with coaches. Descriptive notes, in the visitors&apos; words; never counted in any figure.</source>
        <translation>Solo las visitas que sus anfitriones compartieron con los coaches. Notas descriptivas, con las palabras de los visitantes; nunca se cuentan en ninguna cifra.</translation>
    </message>
    <message>
        <source>No shared peer visits in this period.</source>
        <translation>No hay visitas entre pares compartidas en este período.</translation>
    </message>
    <message>
        <source>Coach compilation</source>
        <translation>Compilación para coaches</translation>
    </message>
    <message>
        <source>No term falls in this period.</source>
        <translation>Ningún período escolar cae en estas fechas.</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>muy pocas</translation>
    </message>
    <message>
        <source>No presence look-fors in these visits.</source>
        <translation>No hay indicadores de presencia en estas visitas.</translation>
    </message>
    <message>
        <source>The share of visits each look-for was seen in, term by term; the bar: the whole period.</source>
        <translation>El porcentaje de visitas en que se observó cada indicador, período por período; la barra: todo el período.</translation>
    </message>
    <message>
        <source>Look-for</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <source>{rows} responses of {visits} visits</source>
        <translation>{rows} respuestas de {visits} visitas</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Schools: {names}</source>
        <translation>Escuelas: {names}</translation>
    </message>
    <message>
        <source>Dates: {since} to {until}</source>
        <translation>Fechas: {since} a {until}</translation>
    </message>
    <message>
        <source>Framework: {name}</source>
        <translation>Marco: {name}</translation>
    </message>
    <message>
        <source>Grade bands: {names}</source>
        <translation>Niveles de grado: {names}</translation>
    </message>
    <message>
        <source>Subjects: {names}</source>
        <translation>Materias: {names}</translation>
    </message>
    <message>
        <source>Observers: {names}</source>
        <translation>Observadores: {names}</translation>
    </message>
    <message>
        <source>PLC team: {name}</source>
        <translation>Equipo de PLC: {name}</translation>
    </message>
    <message>
        <source>blast walkthroughs</source>
        <translation>recorridos breves</translation>
    </message>
    <message>
        <source>peer visits</source>
        <translation>visitas entre pares</translation>
    </message>
    <message>
        <source>all visits</source>
        <translation>todas las visitas</translation>
    </message>
    <message>
        <source>Visits: {kind}</source>
        <translation>Visitas: {kind}</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({why})</source>
        <translation>{path}: no se puede escribir ({why})</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <source>a building summary is of one school</source>
        <translation>un resumen de la escuela es de una sola escuela</translation>
    </message>
    <message>
        <source>Made {made} by Walkthrough {version}</source>
        <translation>Hecho el {made} con Walkthrough {version}</translation>
    </message>
    <message>
        <source>page {page} of </source>
        <translation>página {page} de </translation>
    </message>
    <message>
        <source>too few visits</source>
        <translation>pocas visitas</translation>
    </message>
    <message>
        <source>{n} of {total} ({share})</source>
        <translation>{n} de {total} ({share})</translation>
    </message>
    <message>
        <source>{n} answered</source>
        <translation>{n} resp.</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source>; mean {mean}</source>
        <translation>; media {mean}</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>media {mean}</translation>
    </message>
    <message>
        <source>{n} wrote</source>
        <translation>{n} escribieron</translation>
    </message>
    <message>
        <source>{title} (version {version}) · {visits} visits</source>
        <translation>{title} (versión {version}) · {visits} visitas</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>Visto en</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>IC 95%</translation>
    </message>
    <message>
        <source>Share, with its interval</source>
        <translation>Porcentaje, con su intervalo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Visits scored</source>
        <translation>Visitas con puntuación</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Visits per band</source>
        <translation>Visitas por banda</translation>
    </message>
    <message>
        <source>Each cell: the share of visits in that {label} where the look-for was seen; “–”: too few visits.</source>
        <translation>Cada celda: el porcentaje de visitas de ese {label} en que se observó el indicador; “–”: muy pocas visitas.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Share of the visits</source>
        <translation>Porcentaje de las visitas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Rooms not visited in the last {days} days: {n}</source>
        <translation>Aulas sin visita en los últimos {days} días: {n}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>Teachers not visited in the last {days} days: {n}</source>
        <translation>Docentes sin visita en los últimos {days} días: {n}</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Visits by time of day</source>
        <translation>Visitas por hora del día</translation>
    </message>
    <message>
        <source>Visits by weekday</source>
        <translation>Visitas por día de la semana</translation>
    </message>
    <message>
        <source>Visits by subject</source>
        <translation>Visitas por materia</translation>
    </message>
    <message>
        <source>Visits by grade band</source>
        <translation>Visitas por nivel de grado</translation>
    </message>
    <message>
        <source>No presence look-fors to compare.</source>
        <translation>No hay indicadores de presencia que comparar.</translation>
    </message>
    <message>
        <source>{difference} points ({low} to {high})</source>
        <translation>{difference} puntos ({low} a {high})</translation>
    </message>
    <message>
        <source>up</source>
        <translation>sube</translation>
    </message>
    <message>
        <source>down</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>sin cambio claro</translation>
    </message>
    <message>
        <source>{before} against {after}. A change is marked only when the 95% interval of the difference excludes zero.</source>
        <translation>{before} frente a {after}. Solo se marca un cambio cuando el intervalo del 95% de la diferencia excluye el cero.</translation>
    </message>
    <message>
        <source>Difference (95% interval)</source>
        <translation>Diferencia (IC 95%)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>No tagged look-fors in these visits.</source>
        <translation>No hay indicadores con etiqueta en estas visitas.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Look-fors</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Observado</translation>
    </message>
    <message>
        <source>Evidence for the host&apos;s focus</source>
        <translation>Evidencia sobre el enfoque del anfitrión/a</translation>
    </message>
    <message>
        <source>Noticings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Wonderings</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>min {minute}</source>
        <translation>min {minute}</translation>
    </message>
    <message>
        <source>choose your profile first: the feedback names who made it</source>
        <translation>elija primero su perfil: la retroalimentación nombra a quien la hizo</translation>
    </message>
    <message>
        <source>only the host and the visitor may have this peer visit&apos;s feedback</source>
        <translation>solo el docente anfitrión y el visitante pueden tener la retroalimentación de esta visita entre pares</translation>
    </message>
    <message>
        <source>the teacher</source>
        <translation>el docente</translation>
    </message>
    <message>
        <source>the observer</source>
        <translation>el observador</translation>
    </message>
    <message>
        <source>Peer visit feedback</source>
        <translation>Retroalimentación de la visita entre pares</translation>
    </message>
    <message>
        <source>{observer} visiting {teacher}&apos;s class</source>
        <translation>{observer} visita la clase de {teacher}</translation>
    </message>
    <message>
        <source>Visit feedback</source>
        <translation>Retroalimentación de la visita</translation>
    </message>
    <message>
        <source>Walkthrough visit to {teacher}&apos;s class</source>
        <translation>Visita de recorrido a la clase de {teacher}</translation>
    </message>
    <message>
        <source>{day} · {where} · by {observer}</source>
        <translation>{day} · {where} · por {observer}</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (versión {version})</translation>
    </message>
    <message>
        <source>Look-fors seen</source>
        <translation>Indicadores observados</translation>
    </message>
    <message>
        <source>None of the look-fors were marked as seen in this visit.</source>
        <translation>Ningún indicador se marcó como observado en esta visita.</translation>
    </message>
    <message>
        <source>Also recorded</source>
        <translation>También se registró</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes were written in this visit.</source>
        <translation>No se escribieron notas en esta visita.</translation>
    </message>
    <message>
        <source>The host&apos;s focus</source>
        <translation>El enfoque del anfitrión</translation>
    </message>
    <message>
        <source>The host did not write a focus.</source>
        <translation>El anfitrión no escribió un enfoque.</translation>
    </message>
    <message>
        <source>None written.</source>
        <translation>No se escribió ninguna.</translation>
    </message>
    <message>
        <source>The host&apos;s reflection</source>
        <translation>La reflexión del anfitrión</translation>
    </message>
    <message>
        <source>The host has not written a reflection yet.</source>
        <translation>El anfitrión aún no ha escrito una reflexión.</translation>
    </message>
    <message>
        <source>This is not an evaluation. These notes describe what was seen and heard during a non-evaluative peer visit; they belong to the host and the visitor.</source>
        <translation>Esto no es una evaluación. Estas notas describen lo que se vio y se oyó durante una visita entre pares no evaluativa; pertenecen al anfitrión y al visitante.</translation>
    </message>
    <message>
        <source>only the host and the visitor may have this visit&apos;s notes</source>
        <translation>solo el docente anfitrión y el visitante pueden tener las notas de esta visita</translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation>el visitante</translation>
    </message>
    <message>
        <source>Peer visit: {visitor} visiting {host}&apos;s class</source>
        <translation>Visita entre pares: {visitor} visita la clase de {host}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Docente anfitrión</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Pautas</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>shared by the host</source>
        <translation>compartida por el docente anfitrión</translation>
    </message>
    <message>
        <source>private to the host and visitor</source>
        <translation>privada: solo el docente anfitrión y el visitante</translation>
    </message>
    <message>
        <source>(The host did not write a focus.)</source>
        <translation>(El docente anfitrión no escribió un enfoque.)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>(none marked)</source>
        <translation>(no se marcó ninguno)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(todavía nada)</translation>
    </message>
    <message>
        <source>After the visit: the host&apos;s debrief</source>
        <translation>Después de la visita: la conversación posterior del docente anfitrión</translation>
    </message>
    <message>
        <source>Reflection:</source>
        <translation>Reflexión:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Próximo paso:</translation>
    </message>
    <message>
        <source>label {i}</source>
        <extracomment>&quot;label 2&quot;, &quot;option 3&quot;: which one of a look-for&apos;s list a problem is in.</extracomment>
        <translation>etiqueta {i}</translation>
    </message>
    <message>
        <source>level {i}</source>
        <translation>nivel {i}</translation>
    </message>
    <message>
        <source>option {i}</source>
        <translation>opción {i}</translation>
    </message>
    <message>
        <source>part {i}</source>
        <translation>parte {i}</translation>
    </message>
    <message>
        <source>{n} given</source>
        <translation>se dieron {n}</translation>
    </message>
    <message>
        <source>not {kind}</source>
        <translation>no {kind}</translation>
    </message>
    <message>
        <source>&apos;labels&apos; of a frequency look-for must be exactly 5 texts, for none/few/some/most/all ({found})</source>
        <translation>&apos;labels&apos; de un indicador de frecuencia debe tener exactamente 5 textos, para ninguno/pocos/algunos/la mayoría/todos ({found})</translation>
    </message>
    <message>
        <source>&apos;labels&apos; of a frequency look-for must be exactly 5 texts, for none/few/some/most/all (label {i} is {kind})</source>
        <translation>&apos;labels&apos; de un indicador de frecuencia debe tener exactamente 5 textos, para ninguno/pocos/algunos/la mayoría/todos (la etiqueta {i} es {kind})</translation>
    </message>
    <message>
        <source>{what} has unknown key &apos;{extra}&apos; (allowed: {names})</source>
        <translation>{what} tiene la clave desconocida &apos;{extra}&apos; (se permiten: {names})</translation>
    </message>
    <message>
        <source>{what}: &apos;anchor&apos; must be text in quotes, not {kind}</source>
        <translation>{what}: &apos;anchor&apos; debe ser texto entre comillas, no {kind}</translation>
    </message>
    <message>
        <source>{what}: &apos;value&apos; is in quotes ({value}): write value = {number} without quotes</source>
        <translation>{what}: &apos;value&apos; está entre comillas ({value}): escriba value = {number} sin comillas</translation>
    </message>
    <message>
        <source>{what}: &apos;value&apos; must be a number (its score), not {kind}</source>
        <translation>{what}: &apos;value&apos; debe ser un número (su puntaje), no {kind}</translation>
    </message>
    <message>
        <source>{what}: values score the lesson, and peer visits are non-evaluative: remove &apos;value&apos; from a framework that allows peer mode</source>
        <translation>{what}: los valores puntúan la clase, y las visitas entre pares no son evaluativas: quite &apos;value&apos; de un marco que admite el modo entre pares</translation>
    </message>
    <message>
        <source>a rating look-for needs &apos;levels&apos;: a list of at least 2 levels, lowest first ({found})</source>
        <translation>un indicador de tipo rating necesita &apos;levels&apos;: una lista de al menos 2 niveles, del más bajo al más alto ({found})</translation>
    </message>
    <message>
        <source>levels are text, and {raw} is a number without quotes: write levels = [{quoted}], or give each level a label and a score, e.g. {{ label = &quot;Beginning&quot;, value = 1 }}</source>
        <translation>los niveles son texto, y {raw} es un número sin comillas: escriba levels = [{quoted}], o dé a cada nivel una etiqueta y un puntaje, p. ej., {{ label = &quot;Inicial&quot;, value = 1 }}</translation>
    </message>
    <message>
        <source>level {i} has unknown key &apos;{first}&apos; (allowed: label, anchor, value)</source>
        <translation>el nivel {i} tiene la clave desconocida &apos;{first}&apos; (se permiten: label, anchor, value)</translation>
    </message>
    <message>
        <source>level {i} is the number {lvl} without quotes: write it as text, &quot;{lvl2}&quot;, or as {{ label = &quot;...&quot;, value = {lvl2} }}</source>
        <translation>el nivel {i} es el número {lvl} sin comillas: escríbalo como texto, &quot;{lvl2}&quot;, o como {{ label = &quot;...&quot;, value = {lvl2} }}</translation>
    </message>
    <message>
        <source>level {i} needs a &apos;label&apos; (text)</source>
        <translation>el nivel {i} necesita &apos;label&apos; (texto)</translation>
    </message>
    <message>
        <source>level label &apos;{dup}&apos; is used twice</source>
        <translation>la etiqueta de nivel &apos;{dup}&apos; se usa dos veces</translation>
    </message>
    <message>
        <source>levels &apos;{dup}&apos; and another differ only in capitals: give each level its own name</source>
        <translation>el nivel &apos;{dup}&apos; y otro solo se diferencian en las mayúsculas: dé a cada nivel su propio nombre</translation>
    </message>
    <message>
        <source>&apos;options&apos; must list at least 2 choices ({found})</source>
        <translation>&apos;options&apos; debe tener al menos 2 opciones ({found})</translation>
    </message>
    <message>
        <source>option {i} has a bad key {okey}</source>
        <translation>la opción {i} tiene una clave no válida {okey}</translation>
    </message>
    <message>
        <source>option {i} is the number {opt} without quotes: options are text, write &quot;{opt2}&quot;</source>
        <translation>la opción {i} es el número {opt} sin comillas: las opciones son texto, escriba &quot;{opt2}&quot;</translation>
    </message>
    <message>
        <source>option {i} must be text or a table with a &apos;label&apos;</source>
        <translation>la opción {i} debe ser texto o una tabla con &apos;label&apos;</translation>
    </message>
    <message>
        <source>option &apos;{dup}&apos; is listed twice</source>
        <translation>la opción &apos;{dup}&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>missing required key &apos;response&apos; (one of: {types})</source>
        <translation>falta la clave obligatoria &apos;response&apos; (una de: {types})</translation>
    </message>
    <message>
        <source>: for this, write response = &quot;{close}&quot;</source>
        <translation>: para esto, escriba response = &quot;{close}&quot;</translation>
    </message>
    <message>
        <source>unknown response type &apos;{raw_type}&apos; (expected one of: {types}){hint}</source>
        <translation>tipo de respuesta desconocido &apos;{raw_type}&apos; (se esperaba uno de: {types}){hint}</translation>
    </message>
    <message>
        <source>&apos;{tkey}&apos; applies only to {allowed} look-fors, not {value}</source>
        <translation>&apos;{tkey}&apos; solo se aplica a indicadores de tipo {allowed}, no {value}</translation>
    </message>
    <message>
        <source>a text look-for cannot allow &apos;not applicable&apos;; remove allow_na</source>
        <translation>un indicador de tipo text no puede permitir &apos;No aplica&apos;; quite allow_na</translation>
    </message>
    <message>
        <source>a rating look-for is not allowed in a framework that allows peer mode: peer visits are non-evaluative (use presence, frequency or text instead)</source>
        <translation>un indicador de tipo rating no se permite en un marco que admite el modo entre pares: las visitas entre pares no son evaluativas (use presence, frequency o text en su lugar)</translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be a list, even of one tag: write tags = [&quot;{strip}&quot;]</source>
        <translation>&apos;tags&apos; debe ser una lista, aunque sea de una etiqueta: escriba tags = [&quot;{strip}&quot;]</translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be a list of text, e.g. tags = [&quot;Empowered learning&quot;], not {raw}</source>
        <translation>&apos;tags&apos; debe ser una lista de textos, p. ej., tags = [&quot;Aprendizaje autónomo&quot;], no {raw}</translation>
    </message>
    <message>
        <source>tag &apos;{dup}&apos; is listed twice</source>
        <translation>la etiqueta &apos;{dup}&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>&apos;evidence_note&apos; must be true, false or &quot;several&quot; (any number of notes), not {raw}</source>
        <translation>&apos;evidence_note&apos; debe ser true, false o &quot;several&quot; (cualquier cantidad de notas), no {raw}</translation>
    </message>
    <message>
        <source>&apos;former_keys&apos; must be a list of the keys this look-for had in earlier versions, e.g. former_keys = [&quot;old-key&quot;], not {raw}</source>
        <translation>&apos;former_keys&apos; debe ser una lista de las claves que este indicador tuvo en versiones anteriores, p. ej., former_keys = [&quot;clave-antigua&quot;], no {raw}</translation>
    </message>
    <message>
        <source>&apos;former_keys&apos; lists the look-for&apos;s own key &apos;{key}&apos;</source>
        <translation>&apos;former_keys&apos; incluye la propia clave del indicador &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;decimals&apos; must be 0 to 3, not {decimals}</source>
        <translation>&apos;decimals&apos; debe ser de 0 a 3, no {decimals}</translation>
    </message>
    <message>
        <source>&apos;min&apos; ({low}) must be below &apos;max&apos; ({high})</source>
        <translation>&apos;min&apos; ({low}) debe ser menor que &apos;max&apos; ({high})</translation>
    </message>
    <message>
        <source>&apos;parts&apos; (a paired look-for) works with {names} look-fors, not {value}</source>
        <translation>&apos;parts&apos; (un indicador emparejado) funciona con indicadores de tipo {names}, no {value}</translation>
    </message>
    <message>
        <source>&apos;parts&apos; must list 2 to 4 parts, e.g. parts = [{ key = &quot;teacher&quot;, label = &quot;Teacher does&quot; }, { key = &quot;students&quot;, label = &quot;Students do&quot; }]</source>
        <translation>&apos;parts&apos; debe tener de 2 a 4 partes, p. ej., parts = [{ key = &quot;teacher&quot;, label = &quot;El docente hace&quot; }, { key = &quot;students&quot;, label = &quot;Los estudiantes hacen&quot; }]</translation>
    </message>
    <message>
        <source>part {i} has a bad key {pkey} or prompt</source>
        <translation>la parte {i} tiene una clave {pkey} o una pauta no válida</translation>
    </message>
    <message>
        <source>part {i} must be text or a table with a &apos;label&apos;</source>
        <translation>la parte {i} debe ser texto o una tabla con &apos;label&apos;</translation>
    </message>
    <message>
        <source>part &apos;{dup}&apos; is listed twice</source>
        <translation>la parte &apos;{dup}&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>a default applies to presence, frequency, rating, choice, multi_choice, tally and number look-fors (not {kind} ones)</source>
        <translation>un valor predeterminado se aplica a indicadores de tipo presence, frequency, rating, choice, multi_choice, tally y number (no a los de tipo {kind})</translation>
    </message>
    <message>
        <source>default {raw} is not one of {names}</source>
        <translation>el valor predeterminado {raw} no es uno de {names}</translation>
    </message>
    <message>
        <source>default {raw} must be a level&apos;s label or its number, 1 to {count}</source>
        <translation>el valor predeterminado {raw} debe ser la etiqueta de un nivel o su número, de 1 a {count}</translation>
    </message>
    <message>
        <source>default of a multi_choice look-for is a list of its options&apos; keys ({names})</source>
        <translation>el valor predeterminado de un indicador multi_choice es una lista de las claves de sus opciones ({names})</translation>
    </message>
    <message>
        <source>default {raw} is in quotes: write default = {number}</source>
        <translation>el valor predeterminado {raw} está entre comillas: escriba default = {number}</translation>
    </message>
    <message>
        <source>default must be a number, not {kind}</source>
        <translation>el valor predeterminado debe ser un número, no {kind}</translation>
    </message>
    <message>
        <source>default of a tally is a whole number of 0 or more, not {raw}</source>
        <translation>el valor predeterminado de un conteo (tally) es un número entero de 0 o más, no {raw}</translation>
    </message>
    <message>
        <source>default {raw} is outside &apos;min&apos; and &apos;max&apos;</source>
        <translation>el valor predeterminado {raw} está fuera de &apos;min&apos; y &apos;max&apos;</translation>
    </message>
    <message>
        <source>&apos;show_if&apos; must be a table, e.g. {example}</source>
        <translation>&apos;show_if&apos; debe ser una tabla, p. ej., {example}</translation>
    </message>
    <message>
        <source>&apos;show_if&apos; needs the key of an earlier look-for in &apos;look_for&apos;, e.g. {example}</source>
        <translation>&apos;show_if&apos; necesita la clave de un indicador anterior en &apos;look_for&apos;, p. ej., {example}</translation>
    </message>
    <message>
        <source>&apos;show_if&apos; needs exactly one test: is, is_not, includes, at_least, at_most or answered</source>
        <translation>&apos;show_if&apos; necesita exactamente una prueba: is, is_not, includes, at_least, at_most o answered</translation>
    </message>
    <message>
        <source>write answered = true in a &apos;show_if&apos;</source>
        <translation>escriba answered = true en un &apos;show_if&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in a &apos;show_if&apos; is a number without quotes, e.g. {value} = {shown}</source>
        <translation>&apos;{value}&apos; en un &apos;show_if&apos; es un número sin comillas, p. ej., {value} = {shown}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in a &apos;show_if&apos; is an answer&apos;s key (or a list of them), e.g. {value} = &quot;observed&quot;</source>
        <translation>&apos;{value}&apos; en un &apos;show_if&apos; es la clave de una respuesta (o una lista de ellas), p. ej., {value} = &quot;observed&quot;</translation>
    </message>
    <message>
        <source>&apos;part&apos; in a &apos;show_if&apos; is the key of a part of a paired look-for</source>
        <translation>&apos;part&apos; en un &apos;show_if&apos; es la clave de una parte de un indicador emparejado</translation>
    </message>
    <message>
        <source>&apos;students_present&apos; must name a number look-for above this one, e.g. &quot;Students present&quot; with response = &quot;number&quot; (not &apos;{students_present}&apos;)</source>
        <translation>&apos;students_present&apos; debe nombrar un indicador de tipo number anterior a este, p. ej., &quot;Estudiantes presentes&quot; con response = &quot;number&quot; (no &apos;{students_present}&apos;)</translation>
    </message>
    <message>
        <source>&apos;show_if&apos; names &apos;{look_for}&apos;, which is not a look-for above this one: a condition depends on an earlier answer</source>
        <translation>&apos;show_if&apos; nombra &apos;{look_for}&apos;, que no es un indicador anterior a este: una condición depende de una respuesta anterior</translation>
    </message>
    <message>
        <source>&apos;show_if&apos; names &apos;{look_for}&apos;, which repeats in segments: only items of the same repeated section may depend on it</source>
        <translation>&apos;show_if&apos; nombra &apos;{look_for}&apos;, que se repite en segmentos: solo los elementos de la misma sección repetida pueden depender de él</translation>
    </message>
    <message>
        <source>&apos;show_if&apos; on the paired look-for &apos;{key}&apos; needs part = one of {names}</source>
        <translation>&apos;show_if&apos; sobre el indicador emparejado &apos;{key}&apos; necesita part = uno de {names}</translation>
    </message>
    <message>
        <source>&apos;part&apos; in a &apos;show_if&apos; applies to a paired look-for, and &apos;{key}&apos; is not one</source>
        <translation>&apos;part&apos; en un &apos;show_if&apos; se aplica a un indicador emparejado, y &apos;{key}&apos; no lo es</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; needs a look-for with set answers, and &apos;{key}&apos; is a {value2} look-for (use at_least, at_most or answered)</source>
        <translation>&apos;{value}&apos; necesita un indicador con respuestas fijas, y &apos;{key}&apos; es un indicador de tipo {value2} (use at_least, at_most o answered)</translation>
    </message>
    <message>
        <source>&apos;show_if&apos;: {value} is not an answer of &apos;{key}&apos; (one of: {names})</source>
        <translation>&apos;show_if&apos;: {value} no es una respuesta de &apos;{key}&apos; (una de: {names})</translation>
    </message>
    <message>
        <source>&apos;includes&apos; applies to a multi_choice look-for, and &apos;{key}&apos; is {value} (use is)</source>
        <translation>&apos;includes&apos; se aplica a un indicador multi_choice, y &apos;{key}&apos; es {value} (use is)</translation>
    </message>
    <message>
        <source>&apos;show_if&apos;: {value} is not an option of &apos;{key}&apos; (one of: {names})</source>
        <translation>&apos;show_if&apos;: {value} no es una opción de &apos;{key}&apos; (una de: {names})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; applies to rating, number and tally look-fors, and &apos;{key}&apos; is {value2}</source>
        <translation>&apos;{value}&apos; se aplica a indicadores de tipo rating, number y tally, y &apos;{key}&apos; es {value2}</translation>
    </message>
    <message>
        <source>&apos;scores&apos; must be one or more [[scores]] tables</source>
        <translation>&apos;scores&apos; debe ser una o más tablas [[scores]]</translation>
    </message>
    <message>
        <source>scores judge the lesson, and peer visits are non-evaluative: remove [[scores]] from a framework that allows peer mode</source>
        <translation>los puntajes juzgan la clase, y las visitas entre pares no son evaluativas: quite [[scores]] de un marco que admite el modo entre pares</translation>
    </message>
    <message>
        <source>duplicate score key &apos;{key}&apos;</source>
        <translation>clave de puntaje repetida &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;method&apos; must be &quot;total&quot;, &quot;mean&quot; or &quot;count_met&quot; (how many look-fors are met), not {method}</source>
        <translation>&apos;method&apos; debe ser &quot;total&quot;, &quot;mean&quot; o &quot;count_met&quot; (cuántos indicadores se logran), no {method}</translation>
    </message>
    <message>
        <source>give a score either &apos;section&apos; or &apos;look_fors&apos;, not both</source>
        <translation>dé a un puntaje &apos;section&apos; o &apos;look_fors&apos;, no ambos</translation>
    </message>
    <message>
        <source>&apos;section&apos; {section} is not a section of this framework</source>
        <translation>&apos;section&apos; {section} no es una sección de este marco</translation>
    </message>
    <message>
        <source>&apos;look_fors&apos; must be a list of look-for keys, e.g. look_fors = [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>&apos;look_fors&apos; debe ser una lista de claves de indicadores, p. ej., look_fors = [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>&apos;look_fors&apos; names &apos;{lkey}&apos;, which is not a look-for of this framework</source>
        <translation>&apos;look_fors&apos; nombra &apos;{lkey}&apos;, que no es un indicador de este marco</translation>
    </message>
    <message>
        <source>look-for &apos;{lkey}&apos; has no values to score: give its options a value, e.g. {{ label = &quot;Yes&quot;, value = 1 }}</source>
        <translation>el indicador &apos;{lkey}&apos; no tiene valores que puntuar: dé un valor a sus opciones, p. ej., {{ label = &quot;Sí&quot;, value = 1 }}</translation>
    </message>
    <message>
        <source>this score has no look-fors with values to add up</source>
        <translation>este puntaje no tiene indicadores con valores que sumar</translation>
    </message>
    <message>
        <source>a count_met score of look-fors other than presence needs &apos;met_at&apos;: the value at which a look-for counts as met, e.g. met_at = 3</source>
        <translation>un puntaje count_met de indicadores que no son de presencia necesita &apos;met_at&apos;: el valor a partir del cual un indicador cuenta como logrado, p. ej., met_at = 3</translation>
    </message>
    <message>
        <source>&apos;met_at&apos; applies to method = &quot;count_met&quot;</source>
        <translation>&apos;met_at&apos; se aplica a method = &quot;count_met&quot;</translation>
    </message>
    <message>
        <source>&apos;bands&apos; must be a list of thresholds, e.g. {example}</source>
        <translation>&apos;bands&apos; debe ser una lista de umbrales, p. ej., {example}</translation>
    </message>
    <message>
        <source>band {i} must be a table with &apos;at_least&apos; and &apos;label&apos;, e.g. {example}</source>
        <translation>la banda {i} debe ser una tabla con &apos;at_least&apos; y &apos;label&apos;, p. ej., {example}</translation>
    </message>
    <message>
        <source>band {i}: &apos;at_least&apos; is in quotes: write at_least = {number}</source>
        <translation>banda {i}: &apos;at_least&apos; está entre comillas: escriba at_least = {number}</translation>
    </message>
    <message>
        <source>band {i}: &apos;at_least&apos; must be a number, not {kind}</source>
        <translation>banda {i}: &apos;at_least&apos; debe ser un número, no {kind}</translation>
    </message>
    <message>
        <source>&apos;bands&apos; must go from the lowest &apos;at_least&apos; to the highest, each once</source>
        <translation>&apos;bands&apos; debe ir del &apos;at_least&apos; más bajo al más alto, cada uno una vez</translation>
    </message>
    <message>
        <source>unknown value {pick} for &apos;pick&apos; (expected &quot;one&quot;, &quot;several&quot; or &quot;count&quot;)</source>
        <translation>valor desconocido {pick} para &apos;pick&apos; (se esperaba &quot;one&quot;, &quot;several&quot; o &quot;count&quot;)</translation>
    </message>
    <message>
        <source>pick = &quot;{pick}&quot; needs &apos;options&apos; to pick from</source>
        <translation>pick = &quot;{pick}&quot; necesita &apos;options&apos; entre las que elegir</translation>
    </message>
    <message>
        <source>&apos;students_present&apos; must be the key of a number look-for, e.g. students_present = &quot;students-present&quot;</source>
        <translation>&apos;students_present&apos; debe ser la clave de un indicador de tipo number, p. ej., students_present = &quot;students-present&quot;</translation>
    </message>
    <message>
        <source>&apos;students_present&apos; applies to pick = &quot;count&quot; (counts that add up to the students present)</source>
        <translation>&apos;students_present&apos; se aplica a pick = &quot;count&quot; (conteos que suman los estudiantes presentes)</translation>
    </message>
    <message>
        <source>give a snapshot either &apos;minutes&apos; (a list) or &apos;every&apos; (every N minutes), not both</source>
        <translation>dé a una instantánea &apos;minutes&apos; (una lista) o &apos;every&apos; (cada N minutos), no ambos</translation>
    </message>
    <message>
        <source>&apos;every&apos; must be at least 1 minute, not {every}</source>
        <translation>&apos;every&apos; debe ser de al menos 1 minuto, no {every}</translation>
    </message>
    <message>
        <source>a snapshot &apos;every&apos; N minutes needs an end: set target_minutes at the top of the file, or until = 20 on the look-for</source>
        <translation>una instantánea &apos;every&apos; N minutos necesita un final: ponga target_minutes al principio del archivo, o until = 20 en el indicador</translation>
    </message>
    <message>
        <source>&apos;until&apos; goes with &apos;every&apos; (every N minutes, until minute M)</source>
        <translation>&apos;until&apos; va con &apos;every&apos; (cada N minutos, hasta el minuto M)</translation>
    </message>
    <message>
        <source>a snapshot look-for needs &apos;minutes&apos; (the minutes of the visit to prompt at, e.g. minutes = [0, 3]) or &apos;every&apos; (e.g. every = 5)</source>
        <translation>un indicador de instantánea necesita &apos;minutes&apos; (los minutos de la visita en que se pregunta, p. ej., minutes = [0, 3]) o &apos;every&apos; (p. ej., every = 5)</translation>
    </message>
    <message>
        <source>&apos;minutes&apos; must be a list of whole minutes, e.g. minutes = [0, 3], not {raw}</source>
        <translation>&apos;minutes&apos; debe ser una lista de minutos enteros, p. ej., minutes = [0, 3], no {raw}</translation>
    </message>
    <message>
        <source>minute {m} is in quotes: write minutes as numbers without quotes, e.g. minutes = [{shown}]</source>
        <translation>el minuto {m} está entre comillas: escriba los minutos como números sin comillas, p. ej., minutes = [{shown}]</translation>
    </message>
    <message>
        <source>minute {m} is not a number of minutes</source>
        <translation>el minuto {m} no es un número de minutos</translation>
    </message>
    <message>
        <source>minute {m} must be a whole number of minutes</source>
        <translation>el minuto {m} debe ser un número entero de minutos</translation>
    </message>
    <message>
        <source>snapshot minutes start at 0 (the start of the visit), not {m}</source>
        <translation>los minutos de una instantánea empiezan en 0 (el inicio de la visita), no en {m}</translation>
    </message>
    <message>
        <source>&apos;minutes&apos; must be in increasing order without repeats, not {raw}</source>
        <translation>&apos;minutes&apos; debe ir en orden creciente sin repeticiones, no {raw}</translation>
    </message>
    <message>
        <source>minute {minutes} is after the visit&apos;s target length of {target} minutes (target_minutes): observers may have left by then</source>
        <translation>el minuto {minutes} es posterior a la duración prevista de la visita, {target} minutos (target_minutes): puede que los observadores ya se hayan ido</translation>
    </message>
    <message>
        <source>score {section}, look-for {look_for}</source>
        <translation>puntaje {section}, indicador {look_for}</translation>
    </message>
    <message>
        <source>score {section}</source>
        <translation>puntaje {section}</translation>
    </message>
    <message>
        <source>section {section}, look-for {look_for}</source>
        <translation>sección {section}, indicador {look_for}</translation>
    </message>
    <message>
        <source>section {section}</source>
        <translation>sección {section}</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>falta la clave obligatoria &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>: write {key} = &quot;{value}&quot;</source>
        <translation>: escriba {key} = &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text in quotes, not {kind}{hint}</source>
        <translation>&apos;{key}&apos; debe ser texto entre comillas, no {kind}{hint}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must not be empty</source>
        <translation>&apos;{key}&apos; no debe estar vacío</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is in quotes: write {key} = {lower} without quotes</source>
        <translation>&apos;{key}&apos; está entre comillas: escriba {key} = {lower} sin comillas</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false, not {kind}</source>
        <translation>&apos;{key}&apos; debe ser true o false, no {kind}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is in quotes ({value}): it is a number, so write {key} = {number} without quotes</source>
        <translation>&apos;{key}&apos; está entre comillas ({value}): es un número, así que escriba {key} = {number} sin comillas</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a number, not {kind}</source>
        <translation>&apos;{key}&apos; debe ser un número, no {kind}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number, not {value}</source>
        <translation>&apos;{key}&apos; debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;{close} (allowed: {listed})</source>
        <translation>clave desconocida &apos;{key}&apos;{close} (se permiten: {listed})</translation>
    </message>
    <message>
        <source>key &apos;{key}&apos; must use only lower-case letters, digits, &apos;-&apos; and &apos;_&apos; and start with a letter or digit</source>
        <translation>la clave &apos;{key}&apos; solo debe usar letras minúsculas, dígitos, &apos;-&apos; y &apos;_&apos; y empezar con una letra o un dígito</translation>
    </message>
    <message>
        <source>id &apos;{fid}&apos; must use only lower-case letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>el id &apos;{fid}&apos; solo debe usar letras minúsculas, dígitos, &apos;-&apos; y &apos;_&apos;</translation>
    </message>
    <message>
        <source>look-fors go inside a section: write [[sections.look_fors]] (after a [[sections]] line with the section&apos;s key and title), not [[look_fors]]</source>
        <translation>los indicadores van dentro de una sección: escriba [[sections.look_fors]] (después de una línea [[sections]] con la clave y el título de la sección), no [[look_fors]]</translation>
    </message>
    <message>
        <source>write [[sections]] (with an s) to start a section, not [[section]]</source>
        <translation>escriba [[sections]] (con s) para empezar una sección, no [[section]]</translation>
    </message>
    <message>
        <source>missing required key &apos;version&apos;</source>
        <translation>falta la clave obligatoria &apos;version&apos;</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be text in quotes, e.g. version = &quot;{version}&quot;, not {kind}</source>
        <translation>&apos;version&apos; debe ser texto entre comillas, p. ej., version = &quot;{version}&quot;, no {kind}</translation>
    </message>
    <message>
        <source>version {version} must be letters, digits and dots only, e.g. &quot;1.2&quot;</source>
        <translation>la versión {version} solo debe tener letras, dígitos y puntos, p. ej., &quot;1.2&quot;</translation>
    </message>
    <message>
        <source>version {version} is not plain numbers and dots (e.g. &quot;1.2&quot;): the app keeps drafts itself (a framework is a draft until it is published), so a version need not say &quot;draft&quot;; versions are ordered by their numbers</source>
        <translation>la versión {version} no son solo números y puntos (p. ej., &quot;1.2&quot;): la aplicación guarda ella misma los borradores (un marco es un borrador hasta que se publica), así que una versión no necesita decir &quot;draft&quot;; las versiones se ordenan por sus números</translation>
    </message>
    <message>
        <source>missing required key &apos;modes&apos; (a list of &quot;blast&quot; and/or &quot;peer&quot;)</source>
        <translation>falta la clave obligatoria &apos;modes&apos; (una lista de &quot;blast&quot; y/o &quot;peer&quot;)</translation>
    </message>
    <message>
        <source>: write modes = [&quot;{mode}&quot;]</source>
        <translation>: escriba modes = [&quot;{mode}&quot;]</translation>
    </message>
    <message>
        <source>&apos;modes&apos; must be a non-empty list of &quot;blast&quot; and/or &quot;peer&quot;{hint}</source>
        <translation>&apos;modes&apos; debe ser una lista no vacía de &quot;blast&quot; y/o &quot;peer&quot;{hint}</translation>
    </message>
    <message>
        <source>unknown mode &apos;{m}&apos; in &apos;modes&apos; (expected &quot;blast&quot; or &quot;peer&quot;)</source>
        <translation>modo desconocido &apos;{m}&apos; en &apos;modes&apos; (se esperaba &quot;blast&quot; o &quot;peer&quot;)</translation>
    </message>
    <message>
        <source>mode &apos;{m}&apos; is listed twice in &apos;modes&apos;</source>
        <translation>el modo &apos;{m}&apos; aparece dos veces en &apos;modes&apos;</translation>
    </message>
    <message>
        <source>&apos;target_minutes&apos; is in quotes ({raw}): it is a number of minutes, so write target_minutes = {number} without quotes</source>
        <translation>&apos;target_minutes&apos; está entre comillas ({raw}): es un número de minutos, así que escriba target_minutes = {number} sin comillas</translation>
    </message>
    <message>
        <source>&apos;target_minutes&apos; must be a number of minutes between 0 and 240, not {raw}</source>
        <translation>&apos;target_minutes&apos; debe ser un número de minutos entre 0 y 240, no {raw}</translation>
    </message>
    <message>
        <source>unknown value &apos;{raw}&apos; for &apos;teacher&apos; (expected optional, named or anonymous)</source>
        <translation>valor desconocido &apos;{raw}&apos; para &apos;teacher&apos; (se esperaba optional, named o anonymous)</translation>
    </message>
    <message>
        <source>&apos;teacher&apos; applies only to blast walkthroughs, and this framework is for peer visits only, so it is ignored: remove it (a peer visit is always with the host teacher)</source>
        <translation>&apos;teacher&apos; solo se aplica a los recorridos breves (blast), y este marco es solo para visitas entre pares, así que se ignora: quítelo (una visita entre pares siempre es con el docente anfitrión)</translation>
    </message>
    <message>
        <source>missing required key &apos;sections&apos; (add at least one [[sections]] table)</source>
        <translation>falta la clave obligatoria &apos;sections&apos; (agregue al menos una tabla [[sections]])</translation>
    </message>
    <message>
        <source>a [[sections.look_fors]] line comes before any [[sections]] line: start the section with [[sections]] (and its key and title) above it</source>
        <translation>una línea [[sections.look_fors]] aparece antes de cualquier línea [[sections]]: empiece la sección con [[sections]] (y su clave y título) encima de ella</translation>
    </message>
    <message>
        <source>&apos;sections&apos; must be one or more [[sections]] tables: write [[sections]] with double brackets ([sections] makes a single table)</source>
        <translation>&apos;sections&apos; debe ser una o más tablas [[sections]]: escriba [[sections]] con corchetes dobles ([sections] crea una sola tabla)</translation>
    </message>
    <message>
        <source>&apos;sections&apos; must be one or more [[sections]] tables</source>
        <translation>&apos;sections&apos; debe ser una o más tablas [[sections]]</translation>
    </message>
    <message>
        <source>duplicate section key &apos;{key}&apos;</source>
        <translation>clave de sección repetida &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>sections may nest at most {max_section_depth} deep (a section, and sections inside it, and so on)</source>
        <translation>las secciones se pueden anidar como máximo {max_section_depth} niveles (una sección, las secciones dentro de ella, y así sucesivamente)</translation>
    </message>
    <message>
        <source>the sections inside a section are written as [[sections.sections]] tables</source>
        <translation>las secciones dentro de una sección se escriben como tablas [[sections.sections]]</translation>
    </message>
    <message>
        <source>has no look-fors (add one or more [[sections.look_fors]] tables)</source>
        <translation>no tiene indicadores (agregue una o más tablas [[sections.look_fors]])</translation>
    </message>
    <message>
        <source>duplicate look-for key &apos;{key}&apos;</source>
        <translation>clave de indicador repetida &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>unknown value {raw} for &apos;scope&apos; (expected &quot;visit&quot;: each room answers it, or &quot;round&quot;: answered once for the whole round)</source>
        <translation>valor desconocido {raw} para &apos;scope&apos; (se esperaba &quot;visit&quot;: cada aula la responde, o &quot;round&quot;: se responde una vez para todo el recorrido)</translation>
    </message>
    <message>
        <source>&apos;scope&apos; applies to a top-level section (and everything in it), not to one inside another</source>
        <translation>&apos;scope&apos; se aplica a una sección de primer nivel (y todo lo que contiene), no a una dentro de otra</translation>
    </message>
    <message>
        <source>scope = &quot;round&quot; is for blast walkthrough rounds, and this framework is for peer visits only</source>
        <translation>scope = &quot;round&quot; es para los recorridos breves (blast), y este marco es solo para visitas entre pares</translation>
    </message>
    <message>
        <source>&apos;repeat&apos; applies to a top-level section (and everything in it), not to one inside another</source>
        <translation>&apos;repeat&apos; se aplica a una sección de primer nivel (y todo lo que contiene), no a una dentro de otra</translation>
    </message>
    <message>
        <source>&apos;repeat&apos; must be a table, e.g. repeat = { label = &quot;Segment&quot;, count = 4 }</source>
        <translation>&apos;repeat&apos; debe ser una tabla, p. ej., repeat = { label = &quot;Segmento&quot;, count = 4 }</translation>
    </message>
    <message>
        <source>repeat &apos;count&apos; must be between 2 and 24 segments, not {count}</source>
        <translation>&apos;count&apos; de repeat debe estar entre 2 y 24 segmentos, no {count}</translation>
    </message>
    <message>
        <source>repeat &apos;most&apos; must be between 2 and 24 segments, not {most}</source>
        <translation>&apos;most&apos; de repeat debe estar entre 2 y 24 segmentos, no {most}</translation>
    </message>
    <message>
        <source>give a repeat either &apos;count&apos; (always that many segments) or &apos;most&apos; (the observer adds segments, up to that many), not both</source>
        <translation>dé a repeat &apos;count&apos; (siempre esa cantidad de segmentos) o &apos;most&apos; (el observador agrega segmentos, hasta esa cantidad), no ambos</translation>
    </message>
    <message>
        <source>repeat &apos;minutes&apos; must be between 1 and 240, not {minutes}</source>
        <translation>&apos;minutes&apos; de repeat debe estar entre 1 y 240, no {minutes}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>; did you mean &apos;{key}&apos;?</source>
        <translation>; ¿quiso decir &apos;{key}&apos;?</translation>
    </message>
    <message>
        <source>curly quotes {quotes} are not TOML quotes: use straight quotes &quot; (Word and some editors change them as you type; turn off &quot;smart quotes&quot;)</source>
        <translation>las comillas tipográficas {quotes} no son comillas de TOML: use comillas rectas &quot; (Word y algunos editores las cambian al escribir; desactive las &quot;comillas tipográficas&quot;)</translation>
    </message>
    <message>
        <source>write {word} in lower case, without quotes, for a yes/no setting</source>
        <translation>escriba {word} en minúsculas y sin comillas para un ajuste de sí/no</translation>
    </message>
    <message>
        <source>text after &apos;=&apos; goes in double quotes: write {key} = &quot;{value}&quot;</source>
        <translation>el texto después de &apos;=&apos; va entre comillas dobles: escriba {key} = &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>not valid TOML: {parser_says}</source>
        <translation>no es TOML válido: {parser_says}</translation>
    </message>
    <message>
        <source>not valid TOML: line {line}: {what} [{parser_says}]</source>
        <translation>no es TOML válido: línea {line}: {what} [{parser_says}]</translation>
    </message>
    <message>
        <source>not valid TOML: {what} [{parser_says}]</source>
        <translation>no es TOML válido: {what} [{parser_says}]</translation>
    </message>
    <message>
        <source>tables or lists are nested more than {most} deep; a framework needs far fewer</source>
        <translation>las tablas o listas están anidadas más de {most} niveles; un marco necesita muchos menos</translation>
    </message>
    <message>
        <source>framework file</source>
        <translation>archivo de marco</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx) that can be read ({why})</source>
        <translation>no es un libro de Excel (.xlsx) que se pueda leer ({why})</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>archivo de hoja de cálculo</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>The words for what a file is meant to be (&quot;a {what}&quot;), marked for translation.</extracomment>
        <translation>archivo</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>una tubería (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>no se puede leer: {why}</translation>
    </message>
    <message>
        <source>cannot be read: no such file</source>
        <translation>no se puede leer: el archivo no existe</translation>
    </message>
    <message>
        <source>is a folder, not a {what}</source>
        <translation>es una carpeta, no un {what}</translation>
    </message>
    <message>
        <source>is {kind}, not a {what}: choose a saved text file</source>
        <translation>es {kind}, no un {what}: elija un archivo de texto guardado</translation>
    </message>
    <message>
        <source>is {size}; a {what} may be at most {most}: is it the right file?</source>
        <translation>ocupa {size}; un {what} puede ocupar como máximo {most}: ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>is more than {most}; a {what} may be at most {most}</source>
        <translation>ocupa más de {most}; un {what} puede ocupar como máximo {most}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at position {position}); save it as UTF-8 and try again</source>
        <translation>no es texto UTF-8 (byte no válido en la posición {position}); guárdelo como UTF-8 e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>XLSForm</source>
        <translation>archivo XLSForm</translation>
    </message>
    <message>
        <source>version &apos;{version}&apos; is already published: a published version never changes, so give this draft a new version number (for example &quot;{next}&quot;)</source>
        <translation>la versión &apos;{version}&apos; ya está publicada: una versión publicada nunca cambia, así que dé a este borrador un número de versión nuevo (por ejemplo, &quot;{next}&quot;)</translation>
    </message>
    <message>
        <source>the built-in framework &apos;{id}&apos; version &apos;{version}&apos; differs from the one imported from {source}; the imported one is kept. To use the built-in one, import your file again with a new version number</source>
        <translation>el marco integrado &apos;{id}&apos; versión &apos;{version}&apos; es distinto del importado desde {source}; se conserva el importado. Para usar el integrado, vuelva a importar su archivo con un número de versión nuevo</translation>
    </message>
    <message>
        <source>framework &apos;{id}&apos; version &apos;{version}&apos; is a built-in framework, and this file changes it: give your file a new version number (for example version = &quot;{next}&quot;) or an id of its own, then import it again</source>
        <translation>el marco &apos;{id}&apos; versión &apos;{version}&apos; es un marco integrado, y este archivo lo cambia: dé a su archivo un número de versión nuevo (por ejemplo, version = &quot;{next}&quot;) o un id propio, y vuelva a importarlo</translation>
    </message>
    <message>
        <source>framework &apos;{id}&apos; version &apos;{version}&apos; has changed, but that version has left this device in a sync bundle, so other devices hold it as it was: give the changed file a new version number (for example version = &quot;{next}&quot;)</source>
        <translation>el marco &apos;{id}&apos; versión &apos;{version}&apos; cambió, pero esa versión ya salió de este dispositivo en un paquete de sincronización, así que otros dispositivos la tienen como era: dé al archivo cambiado un número de versión nuevo (por ejemplo, version = &quot;{next}&quot;)</translation>
    </message>
    <message>
        <source>framework &apos;{id}&apos; version &apos;{version}&apos; has changed, but 1 observation already uses that version, which is now frozen: give the changed file a new version number (for example version = &quot;{next}&quot;)</source>
        <translation>el marco &apos;{id}&apos; versión &apos;{version}&apos; cambió, pero 1 visita ya usa esa versión, que ahora está fija: dé al archivo cambiado un número de versión nuevo (por ejemplo, version = &quot;{next}&quot;)</translation>
    </message>
    <message>
        <source>framework &apos;{id}&apos; version &apos;{version}&apos; has changed, but {used} observations already use that version, which is now frozen: give the changed file a new version number (for example version = &quot;{next}&quot;)</source>
        <translation>el marco &apos;{id}&apos; versión &apos;{version}&apos; cambió, pero {used} visitas ya usan esa versión, que ahora está fija: dé al archivo cambiado un número de versión nuevo (por ejemplo, version = &quot;{next}&quot;)</translation>
    </message>
    <message>
        <source>{n} new room(s)</source>
        <translation>{n} aula(s) nueva(s)</translation>
    </message>
    <message>
        <source>{n} changed</source>
        <translation>{n} modificada(s)</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>{n} sin cambios</translation>
    </message>
    <message>
        <source>{n} new teacher(s)</source>
        <translation>{n} docente(s) nuevo(s)</translation>
    </message>
    <message>
        <source>{n} teacher(s) updated</source>
        <translation>{n} docente(s) actualizado(s)</translation>
    </message>
    <message>
        <source>{n} back again</source>
        <translation>{n} de vuelta</translation>
    </message>
    <message>
        <source>{n} no longer listed, to be marked as left: {names}</source>
        <translation>{n} ya no figura(n) en la lista y se marcará(n) como que se fue(ron): {names}</translation>
    </message>
    <message>
        <source>{n} room(s) not in the file, kept as they are</source>
        <translation>{n} aula(s) que no están en el archivo, se conservan tal como están</translation>
    </message>
    <message>
        <source>{n} new PLC team(s): {names}</source>
        <translation>{n} equipo(s) de PLC nuevo(s): {names}</translation>
    </message>
    <message>
        <source>{n} teacher(s) added to their PLC team</source>
        <translation>{n} docente(s) agregado(s) a su equipo de PLC</translation>
    </message>
    <message>
        <source>{said}; {more}</source>
        <translation>{said}; {more}</translation>
    </message>
    <message>
        <source>{school}: {summary}</source>
        <translation>{school}: {summary}</translation>
    </message>
    <message>
        <source>{file} was not imported: it has {n} problem(s), the first: {first}</source>
        <translation>{file} no se importó: tiene {n} problema(s), el primero: {first}</translation>
    </message>
    <message>
        <source>{file} was not imported: it lists no rooms</source>
        <translation>{file} no se importó: no incluye ninguna aula</translation>
    </message>
    <message>
        <source>a record is not a JSON object</source>
        <translation>un registro no es un objeto JSON</translation>
    </message>
    <message>
        <source>unknown record type {kind}</source>
        <translation>tipo de registro desconocido {kind}</translation>
    </message>
    <message>
        <source>unknown part {part}</source>
        <translation>parte desconocida {part}</translation>
    </message>
    <message>
        <source>no origin device</source>
        <translation>no tiene dispositivo de origen</translation>
    </message>
    <message>
        <source>its content hash does not match its fields</source>
        <translation>el hash de su contenido no coincide con sus campos</translation>
    </message>
    <message>
        <source>{table} record {record_id} on this device: {problem}</source>
        <translation>registro {record_id} de {table} en este dispositivo: {problem}</translation>
    </message>
    <message>
        <source>this device holds the same history with different content ({problem})</source>
        <translation>este dispositivo tiene el mismo historial con otro contenido ({problem})</translation>
    </message>
    <message>
        <source>framework &apos;{id}&apos; version &apos;{version}&apos; is not in the bundle or on this device</source>
        <translation>el marco &apos;{id}&apos; versión &apos;{version}&apos; no está en el paquete ni en este dispositivo</translation>
    </message>
    <message>
        <source>framework &apos;{id}&apos; is not for {kind} visits (a peer visit never records ratings)</source>
        <translation>el marco &apos;{id}&apos; no es para visitas {kind} (una visita entre pares nunca registra valoraciones)</translation>
    </message>
    <message>
        <source>visit {record_id}</source>
        <translation>visita {record_id}</translation>
    </message>
    <message>
        <source>framework &apos;{id}&apos; version &apos;{version}&apos; has another hash here than on the device that made it</source>
        <translation>el marco &apos;{id}&apos; versión &apos;{version}&apos; tiene aquí otro hash que en el dispositivo que la hizo</translation>
    </message>
    <message>
        <source>two copies with the same history and different content ({problem})</source>
        <translation>dos copias con el mismo historial y distinto contenido ({problem})</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <source>{table} record {record_id}</source>
        <translation>registro {record_id} de {table}</translation>
    </message>
    <message>
        <source>framework &apos;{framework_id}&apos; has no look-for &apos;{key}&apos;</source>
        <translation>el marco &apos;{framework_id}&apos; no tiene el indicador &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>response {record_id}</source>
        <translation>respuesta {record_id}</translation>
    </message>
    <message>
        <source>round answer {record_id}</source>
        <translation>respuesta de recorrido {record_id}</translation>
    </message>
    <message>
        <source>a {table} record has no usable id</source>
        <translation>un registro de {table} no tiene un id utilizable</translation>
    </message>
    <message>
        <source>its values are not a mapping</source>
        <translation>sus valores no son un diccionario de campos</translation>
    </message>
    <message>
        <source>the field &apos;{name}&apos; is missing</source>
        <translation>falta el campo &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos;</source>
        <translation>campo desconocido &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; holds {kind}, not a plain value</source>
        <translation>el campo &apos;{name}&apos; contiene {kind}, no un valor simple</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; must be 0 or 1, not {value}</source>
        <translation>el campo &apos;{name}&apos; debe ser 0 o 1, no {value}</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; must be a whole number</source>
        <translation>el campo &apos;{name}&apos; debe ser un número entero</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; is empty</source>
        <translation>el campo &apos;{name}&apos; está vacío</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a {name} the app knows ({known})</source>
        <translation>&apos;{value}&apos; no es un valor de {name} que la aplicación conozca ({known})</translation>
    </message>
    <message>
        <source>its value is not JSON text</source>
        <translation>su valor no es texto JSON</translation>
    </message>
    <message>
        <source>its value is not valid JSON</source>
        <translation>su valor no es JSON válido</translation>
    </message>
    <message>
        <source>framework &apos;{framework_id}&apos; version &apos;{version}&apos; is not known</source>
        <translation>no se conoce el marco &apos;{framework_id}&apos; versión &apos;{version}&apos;</translation>
    </message>
    <message>
        <source>look-for &apos;{key}&apos; is answered in each room, not once for the round</source>
        <translation>el indicador &apos;{key}&apos; se responde en cada aula, no una vez para el recorrido</translation>
    </message>
    <message>
        <source>note {record_id}</source>
        <translation>nota {record_id}</translation>
    </message>
    <message>
        <source>a framework entry lacks its id, version, hash or text</source>
        <translation>a una entrada de marco le falta su id, versión, hash o texto</translation>
    </message>
    <message>
        <source>framework &apos;{id}&apos; version &apos;{version}&apos;: its text does not match its id, version and hash</source>
        <translation>marco &apos;{id}&apos; versión &apos;{version}&apos;: su texto no coincide con su id, versión y hash</translation>
    </message>
    <message>
        <source>framework &apos;{id}&apos; version &apos;{version}&apos; has hash {there}… in the bundle but {here}… on this device: the same version was changed on one of them; give the changed file a new version number</source>
        <translation>el marco &apos;{id}&apos; versión &apos;{version}&apos; tiene el hash {there}… en el paquete pero {here}… en este dispositivo: la misma versión se cambió en uno de ellos; dé al archivo cambiado un número de versión nuevo</translation>
    </message>
    <message>
        <source>a sealed part is not group, source, sequence, recipients and box</source>
        <translation>una parte sellada no tiene grupo, origen, secuencia, destinatarios y caja</translation>
    </message>
    <message>
        <source>sealed part {gid} is larger than a peer visit can be</source>
        <translation>la parte sellada {gid} es más grande de lo que puede ser una visita entre pares</translation>
    </message>
    <message>
        <source>sealed part {gid}: {problem}</source>
        <translation>parte sellada {gid}: {problem}</translation>
    </message>
    <message>
        <source>sealed part {gid}: its content is not JSON lines</source>
        <translation>parte sellada {gid}: su contenido no son líneas JSON</translation>
    </message>
    <message>
        <source>framework &apos;{id}&apos; version &apos;{version}&apos; is used but not installed here</source>
        <translation>el marco &apos;{id}&apos; versión &apos;{version}&apos; se usa pero no está instalado aquí</translation>
    </message>
    <message>
        <source>{bundle}: {entry}: {problem}</source>
        <translation>{bundle}: {entry}: {problem}</translation>
    </message>
    <message>
        <source>{bundle}: {problem}</source>
        <translation>{bundle}: {problem}</translation>
    </message>
    <message>
        <source>has more than {most} entries: it is not a Walkthrough bundle</source>
        <translation>tiene más de {most} entradas: no es un paquete de Walkthrough</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>no se puede leer ({why})</translation>
    </message>
    <message>
        <source>is not a single plain file name (a path, folder or drive)</source>
        <translation>no es un simple nombre de archivo (es una ruta, una carpeta o una unidad)</translation>
    </message>
    <message>
        <source>is a link, not a file</source>
        <translation>es un enlace, no un archivo</translation>
    </message>
    <message>
        <source>is encrypted</source>
        <translation>está cifrado</translation>
    </message>
    <message>
        <source>uses a compression this app does not read</source>
        <translation>usa una compresión que esta aplicación no lee</translation>
    </message>
    <message>
        <source>is {found} bytes, not the {size} its manifest says</source>
        <translation>tiene {found} bytes, no los {size} que dice su manifiesto</translation>
    </message>
    <message>
        <source>is larger than the {limit} bytes a bundle entry may be</source>
        <translation>es más grande que los {limit} bytes que puede tener una entrada de un paquete</translation>
    </message>
    <message>
        <source>is compressed far beyond what records compress to (a zip bomb?)</source>
        <translation>está comprimido mucho más de lo que se comprimen los registros (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>holds more than its manifest says</source>
        <translation>contiene más de lo que dice su manifiesto</translation>
    </message>
    <message>
        <source>holds {read} bytes, not the {size} its manifest says</source>
        <translation>contiene {read} bytes, no los {size} que dice su manifiesto</translation>
    </message>
    <message>
        <source>line {number} is longer than any record can be</source>
        <translation>la línea {number} es más larga de lo que puede ser un registro</translation>
    </message>
    <message>
        <source>line {number} is not valid JSON</source>
        <translation>la línea {number} no es JSON válido</translation>
    </message>
    <message>
        <source>is larger than a bundle can be</source>
        <translation>es más grande de lo que puede ser un paquete</translation>
    </message>
    <message>
        <source>is not a complete bundle (damaged, or still being copied)</source>
        <translation>no es un paquete completo (está dañado o todavía se está copiando)</translation>
    </message>
    <message>
        <source>appears twice in the archive</source>
        <translation>aparece dos veces en el archivo comprimido</translation>
    </message>
    <message>
        <source>is missing: this is not a Walkthrough bundle</source>
        <translation>falta: esto no es un paquete de Walkthrough</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>is damaged (the archive does not read back as written)</source>
        <translation>está dañado (el archivo comprimido no se lee tal como se escribió)</translation>
    </message>
    <message>
        <source>does not describe a Walkthrough bundle</source>
        <translation>no describe un paquete de Walkthrough</translation>
    </message>
    <message>
        <source>has an unknown format version {version}</source>
        <translation>tiene una versión de formato desconocida {version}</translation>
    </message>
    <message>
        <source>is format {version}, made by a newer Walkthrough: update this app to read it</source>
        <translation>es del formato {version}, creado por un Walkthrough más reciente: actualice esta aplicación para leerlo</translation>
    </message>
    <message>
        <source>has no {key}</source>
        <translation>no tiene {key}</translation>
    </message>
    <message>
        <source>does not list its entries with name, size and SHA-256</source>
        <translation>no enumera sus entradas con nombre, tamaño y SHA-256</translation>
    </message>
    <message>
        <source>names an entry twice</source>
        <translation>nombra una entrada dos veces</translation>
    </message>
    <message>
        <source>is not an entry a bundle has</source>
        <translation>no es una entrada que tenga un paquete</translation>
    </message>
    <message>
        <source>is named by the manifest but missing from the archive</source>
        <translation>lo nombra el manifiesto, pero falta en el archivo comprimido</translation>
    </message>
    <message>
        <source>is in the archive but not named by the manifest</source>
        <translation>está en el archivo comprimido, pero el manifiesto no lo nombra</translation>
    </message>
    <message>
        <source>does not match its SHA-256 in the manifest (damaged or changed)</source>
        <translation>no coincide con su SHA-256 del manifiesto (dañado o modificado)</translation>
    </message>
    <message>
        <source>holds a line that is not a JSON object</source>
        <translation>contiene una línea que no es un objeto JSON</translation>
    </message>
    <message>
        <source>nothing new from other devices</source>
        <translation>nada nuevo de otros dispositivos</translation>
    </message>
    <message>
        <source>1 bundle brought {new} new and {changed} changed records</source>
        <translation>1 paquete trajo {new} registros nuevos y {changed} modificados</translation>
    </message>
    <message>
        <source>{n} bundles brought {new} new and {changed} changed records</source>
        <translation>{n} paquetes trajeron {new} registros nuevos y {changed} modificados</translation>
    </message>
    <message>
        <source>1 conflict to settle</source>
        <translation>1 conflicto por resolver</translation>
    </message>
    <message>
        <source>{n} conflicts to settle</source>
        <translation>{n} conflictos por resolver</translation>
    </message>
    <message>
        <source>{n} waiting for records still to come</source>
        <translation>{n} a la espera de registros que aún no llegan</translation>
    </message>
    <message>
        <source>1 refused (see Import reports)</source>
        <translation>1 rechazado (vea Informes de importación)</translation>
    </message>
    <message>
        <source>{n} refused (see Import reports)</source>
        <translation>{n} rechazados (vea Informes de importación)</translation>
    </message>
</context>
</TS>

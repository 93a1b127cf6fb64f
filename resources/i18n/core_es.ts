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
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
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
        <translation>muy pocas visitas</translation>
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
        <translation>Evidencia sobre el enfoque del anfitrión</translation>
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
</context>
</TS>

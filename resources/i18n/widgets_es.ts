<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Walkthrough</source>
        <translation>Acerca de Walkthrough</translation>
    </message>
    <message>
        <source>Walkthrough&apos;s icon</source>
        <translation>Ícono de Walkthrough</translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation>Walkthrough</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Classroom walkthroughs and non-evaluative peer visits, offline. Everything you record stays in the data folder on this device.</source>
        <translation>Visitas breves al aula y visitas entre pares no evaluativas, sin conexión. Todo lo que registra se queda en la carpeta de datos de este dispositivo.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Copy the data folder&apos;s path</source>
        <translation>Copiar la ruta de la carpeta de datos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <source>Copy the log folder&apos;s path</source>
        <translation>Copiar la ruta de la carpeta de registros</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Copy all for support</source>
        <translation>Copiar todo para soporte</translation>
    </message>
    <message>
        <source>Copy the version and both folders, to send to whoever supports the app</source>
        <translation>Copiar la versión y ambas carpetas, para enviarlas a quien da soporte a la aplicación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Cerrar Acerca de</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
        <source>Log folder: {path}</source>
        <translation>Carpeta de registros: {path}</translation>
    </message>
    <message>
        <source> (installed app)</source>
        <translation> (aplicación instalada)</translation>
    </message>
    <message>
        <source>Copied: {path}</source>
        <translation>Copiado: {path}</translation>
    </message>
    <message>
        <source>Copied the version and both folders.</source>
        <translation>Se copiaron la versión y ambas carpetas.</translation>
    </message>
    <message>
        <source>{path} does not exist yet: nothing has been written there.</source>
        <translation>{path} todavía no existe: no se ha escrito nada allí.</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Se abrió {path}</translation>
    </message>
    <message>
        <source>This device has no file manager to open {path}; its path is copied instead.</source>
        <translation>Este dispositivo no tiene un administrador de archivos para abrir {path}; en su lugar se copió su ruta.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Grade band</source>
        <translation>Nivel de grado</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>Kept or deleted</source>
        <translation>Conservado o eliminado</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período de clase</translation>
    </message>
    <message>
        <source>Shared or private</source>
        <translation>Compartida o privada</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador/a</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Docente anfitrión</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <source>Cover needed</source>
        <translation>Necesita cobertura</translation>
    </message>
    <message>
        <source>Rooms of the route</source>
        <translation>Aulas de la ruta</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Choose a conflict on the left to settle it.</source>
        <translation>Elija un conflicto a la izquierda para resolverlo.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Keep the chosen values</source>
        <translation>Conservar los valores elegidos</translation>
    </message>
    <message>
        <source>{capitalize}: {title}</source>
        <translation>{capitalize}: {title}</translation>
    </message>
    <message>
        <source>It was deleted on one device and changed on another, so it is kept until you choose. </source>
        <translation>Se eliminó en un dispositivo y se cambió en otro, así que se conserva hasta que usted elija. </translation>
    </message>
    <message>
        <source>Two devices changed it at the same time. </source>
        <translation>Dos dispositivos lo cambiaron al mismo tiempo. </translation>
    </message>
    <message>
        <source>The version marked “In use now” is what every device shows until you choose.</source>
        <translation>La versión marcada «En uso ahora» es la que muestran todos los dispositivos hasta que usted elija.</translation>
    </message>
    <message>
        <source>From {device_name}</source>
        <translation>De {device_name}</translation>
    </message>
    <message>
        <source>In use now on every device</source>
        <translation>En uso ahora en todos los dispositivos</translation>
    </message>
    <message>
        <source>{title} from {device_name}</source>
        <translation>{title} de {device_name}</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Conservar esta</translation>
    </message>
    <message>
        <source>Keep {lower} from {device_name}</source>
        <translation>Conservar {lower} de {device_name}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Kept (with the other device&apos;s changes)</source>
        <translation>Conservado (con los cambios del otro dispositivo)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(someone no longer in the directory)</source>
        <translation>(alguien que ya no está en el directorio)</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Sin resolver</translation>
    </message>
</context>
<context>
    <name>CoverPanel</name>
    <message>
        <source>The selected visit</source>
        <translation>La visita seleccionada</translation>
    </message>
    <message>
        <source>Choose a visit in the week to arrange cover for the visitors&apos; classes.</source>
        <translation>Elija una visita de la semana para organizar la cobertura de las clases de los visitantes.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>No visitor yet</source>
        <translation>Todavía sin visitante</translation>
    </message>
    <message>
        <source>{short_day}, {start_time}–{end_time}: {visitors} visiting {name}&apos;s class</source>
        <translation>{short_day}, {start_time}–{end_time}: {visitors} visitan la clase de {name}</translation>
    </message>
    <message>
        <source>Who assigns substitutes</source>
        <translation>Quién asigna suplentes</translation>
    </message>
    <message>
        <source>{who}&apos;s class{where}</source>
        <translation>Clase de {who}{where}</translation>
    </message>
    <message>
        <source>{who}: no cover needed</source>
        <translation>{who}: no necesita cobertura</translation>
    </message>
    <message>
        <source>Substitute for {who}&apos;s class</source>
        <translation>Suplente para la clase de {who}</translation>
    </message>
    <message>
        <source>No substitute yet</source>
        <translation>Todavía sin suplente</translation>
    </message>
    <message>
        <source> (busy then)</source>
        <translation> (ocupado/a a esa hora)</translation>
    </message>
    <message>
        <source>Not assigned: {why}.</source>
        <translation>No se asignó: {why}.</translation>
    </message>
</context>
<context>
    <name>FeedbackPdf</name>
    <message>
        <source>Feedback PDF…</source>
        <translation>PDF de retroalimentación…</translation>
    </message>
    <message>
        <source>Make the chosen visit&apos;s feedback PDF for the teacher</source>
        <translation>Crear el PDF de retroalimentación de la visita elegida para el/la docente</translation>
    </message>
    <message>
        <source>Save the feedback</source>
        <translation>Guardar la retroalimentación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>Creando {name}…</translation>
    </message>
    <message>
        <source>Saved the feedback to {target} ({made}).</source>
        <translation>Se guardó la retroalimentación en {target} ({made}).</translation>
    </message>
    <message>
        <source>Not made: {rstrip}.</source>
        <translation>No se creó: {rstrip}.</translation>
    </message>
</context>
<context>
    <name>FrameworkActions</name>
    <message>
        <source>Import — {name}</source>
        <translation>Importar — {name}</translation>
    </message>
    <message>
        <source>not carried over: </source>
        <translation>no se trasladó: </translation>
    </message>
    <message>
        <source>Ready to make a draft: {title}, {count} look-fors.</source>
        <translation>Listo para crear un borrador: {title}, {count} indicadores.</translation>
    </message>
    <message>
        <source>Not imported: fix these in the file, then import it again. Nothing was saved.</source>
        <translation>No se importó: corrija esto en el archivo y vuelva a importarlo. No se guardó nada.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Sin problemas.</translation>
    </message>
    <message>
        <source>Make a draft to edit</source>
        <translation>Crear un borrador para editar</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Historial de versiones</translation>
    </message>
    <message>
        <source>installed from a file</source>
        <translation>instalado desde un archivo</translation>
    </message>
    <message>
        <source>What changed from</source>
        <translation>Qué cambió desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source>New framework…</source>
        <translation>Nuevo marco…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Version history…</source>
        <translation>Historial de versiones…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Import a spreadsheet or XLSForm…</source>
        <translation>Importar una hoja de cálculo o XLSForm…</translation>
    </message>
    <message>
        <source>Administrators and coaches change frameworks.</source>
        <translation>Los administradores y coaches cambian los marcos.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
    <message>
        <source>New framework</source>
        <translation>Nuevo marco</translation>
    </message>
    <message>
        <source>Title of the new framework:</source>
        <translation>Título del nuevo marco:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Title of the copy:</source>
        <translation>Título de la copia:</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copia)</translation>
    </message>
    <message>
        <source>Export a framework</source>
        <translation>Exportar un marco</translation>
    </message>
    <message>
        <source>Framework files (*.toml)</source>
        <translation>Archivos de marco (*.toml)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Import a spreadsheet or XLSForm</source>
        <translation>Importar una hoja de cálculo o XLSForm</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>{prompt}  ·  {response}  (retired)</source>
        <translation>{prompt}  ·  {response}  (retirado)</translation>
    </message>
    <message>
        <source>{prompt}  ·  {response}</source>
        <translation>{prompt}  ·  {response}</translation>
    </message>
    <message>
        <source>Framework editor — {title}</source>
        <translation>Editor de marcos — {title}</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Estado del borrador</translation>
    </message>
    <message>
        <source>+ Section</source>
        <translation>+ Sección</translation>
    </message>
    <message>
        <source>+ Look-for</source>
        <translation>+ Indicador</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Problems, as forms check says them</source>
        <translation>Problemas, tal como los indica la revisión de formularios</translation>
    </message>
    <message>
        <source>Preview at tablet size…</source>
        <translation>Vista previa en tamaño tableta…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>Cerrar (el borrador se conserva)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>A look-for goes inside a section: the move was undone.</source>
        <translation>Un indicador va dentro de una sección: se deshizo el movimiento.</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <source>Something you can see or hear</source>
        <translation>Algo que se puede ver u oír</translation>
    </message>
    <message>
        <source>This look-for is in the published version: retire it instead (tick Retired), so earlier visits keep it.</source>
        <translation>Este indicador está en la versión publicada: retírelo en su lugar (marque Retirado) para que las visitas anteriores lo conserven.</translation>
    </message>
    <message>
        <source>Not saved yet: </source>
        <translation>Todavía no guardado: </translation>
    </message>
    <message>
        <source>Draft saved. It is not offered for visits until you publish it.</source>
        <translation>Borrador guardado. No se ofrece para visitas hasta que lo publique.</translation>
    </message>
    <message>
        <source>No problems: forms check accepts this framework.</source>
        <translation>Sin problemas: la revisión de formularios acepta este marco.</translation>
    </message>
    <message>
        <source>Not published yet: the draft is waiting for the database. Try again in a moment.</source>
        <translation>Todavía no publicado: el borrador espera a la base de datos. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>Published: {title}, version {version}.</source>
        <translation>Publicado: {title}, versión {version}.</translation>
    </message>
</context>
<context>
    <name>FrameworkForm</name>
    <message>
        <source>Tied to the teacher</source>
        <translation>Vinculado al docente</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>named</source>
        <translation>con nombre</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <source>lesson: Lesson | mean | questioning talk | Developing at 2; Proficient at 3</source>
        <translation>lesson: Lección | mean | charla de preguntas | En desarrollo en 2; Competente en 3</translation>
    </message>
    <message>
        <source>One score per line: key: Title | total, mean or count_met (and the value that counts as met) | the look-for keys, or section KEY | bands: Label at N; Label at N</source>
        <translation>Un puntaje por línea: clave: Título | total, mean o count_met (y el valor que cuenta como logrado) | las claves de los indicadores, o section CLAVE | bands: Etiqueta en N; Etiqueta en N</translation>
    </message>
</context>
<context>
    <name>FrameworkForms</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Framework id</source>
        <translation>Id del marco</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>Versión del marco</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Framework title</source>
        <translation>Título del marco</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Framework description</source>
        <translation>Descripción del marco</translation>
    </message>
    <message>
        <source>Blast walkthroughs</source>
        <translation>Visitas breves al aula (recorridos)</translation>
    </message>
    <message>
        <source>Peer visits (never rated or scored)</source>
        <translation>Visitas entre pares (nunca calificadas ni puntuadas)</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Se usa para</translation>
    </message>
    <message>
        <source>Target minutes</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <source>Target length of a visit in minutes</source>
        <translation>Duración prevista de una visita, en minutos</translation>
    </message>
    <message>
        <source>Tied to the teacher</source>
        <translation>Vinculado al docente</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntajes</translation>
    </message>
    <message>
        <source>Scores of a visit</source>
        <translation>Puntajes de una visita</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Section key</source>
        <translation>Clave de la sección</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <source>Section description</source>
        <translation>Descripción de la sección</translation>
    </message>
    <message>
        <source>Optional: the observer opens it when it applies</source>
        <translation>Opcional: el observador la abre cuando corresponde</translation>
    </message>
    <message>
        <source>Answered for</source>
        <translation>Se responde para</translation>
    </message>
    <message>
        <source>e.g. 4 (always 4 segments), or up to 6</source>
        <translation>p. ej., 4 (siempre 4 segmentos), o hasta 6</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Show only if</source>
        <translation>Mostrar solo si</translation>
    </message>
    <message>
        <source>Look-for key</source>
        <translation>Clave del indicador</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Look-for prompt</source>
        <translation>Pauta del indicador</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores observables</translation>
    </message>
    <message>
        <source>Observable indicators</source>
        <translation>Indicadores observables</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by ;</source>
        <translation>Etiquetas, separadas por ;</translation>
    </message>
    <message>
        <source>Offer N/A</source>
        <translation>Ofrecer No aplica</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Notas de evidencia</translation>
    </message>
    <message>
        <source>Options / levels</source>
        <translation>Opciones / niveles</translation>
    </message>
    <message>
        <source>Options or levels, one per line</source>
        <translation>Opciones o niveles, uno por línea</translation>
    </message>
    <message>
        <source>Paired parts</source>
        <translation>Partes emparejadas</translation>
    </message>
    <message>
        <source>Parts of a paired look-for, separated by ;</source>
        <translation>Partes de un indicador emparejado, separadas por ;</translation>
    </message>
    <message>
        <source>Snapshot minutes</source>
        <translation>Minutos de la instantánea</translation>
    </message>
    <message>
        <source>Snapshot minutes, e.g. 0, 5</source>
        <translation>Minutos de la instantánea, p. ej., 0, 5</translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation>Cada N minutos</translation>
    </message>
    <message>
        <source>Snapshot every N minutes</source>
        <translation>Instantánea cada N minutos</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Counts add up to</source>
        <translation>Los conteos suman</translation>
    </message>
    <message>
        <source>Number look-for the counts add up to</source>
        <translation>Indicador numérico al que suman los conteos</translation>
    </message>
    <message>
        <source>Least</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Least number allowed</source>
        <translation>Número mínimo permitido</translation>
    </message>
    <message>
        <source>Most</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Most number allowed</source>
        <translation>Número máximo permitido</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit of the number</source>
        <translation>Unidad del número</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Default answer</source>
        <translation>Respuesta predeterminada</translation>
    </message>
    <message>
        <source>Retired: kept for earlier visits, hidden from new ones</source>
        <translation>Retirado: se conserva para visitas anteriores, oculto en las nuevas</translation>
    </message>
</context>
<context>
    <name>FrameworkPreview</name>
    <message>
        <source>Preview — {title}</source>
        <translation>Vista previa — {title}</translation>
    </message>
    <message>
        <source>Preview administrator</source>
        <translation>Administrador/a de la vista previa</translation>
    </message>
    <message>
        <source>Preview school</source>
        <translation>Escuela de la vista previa</translation>
    </message>
    <message>
        <source>A teacher</source>
        <translation>Un/a docente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>As the visit screen will show it. Taps here are tried on a scratch copy and are not kept.</source>
        <translation>Tal como lo mostrará la pantalla de visita. Los toques aquí se prueban en una copia de trabajo y no se conservan.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Problems and what could not be carried over</source>
        <translation>Problemas y lo que no se pudo trasladar</translation>
    </message>
</context>
<context>
    <name>LookForForm</name>
    <message>
        <source>Response type</source>
        <translation>Tipo de respuesta</translation>
    </message>
    <message>
        <source>Offer N/A</source>
        <translation>Ofrecer No aplica</translation>
    </message>
    <message>
        <source>as the type says</source>
        <translation>según lo indique el tipo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Notas de evidencia</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>sin notas</translation>
    </message>
    <message>
        <source>one short note</source>
        <translation>una nota breve</translation>
    </message>
    <message>
        <source>several notes</source>
        <translation>varias notas</translation>
    </message>
    <message>
        <source>Label | what it looks like | score</source>
        <translation>Etiqueta | cómo se ve | puntaje</translation>
    </message>
    <message>
        <source>Teacher does; Students do</source>
        <translation>El docente hace; Los estudiantes hacen</translation>
    </message>
    <message>
        <source>Snapshot pick</source>
        <translation>Elección de la instantánea</translation>
    </message>
    <message>
        <source>one</source>
        <translation>una</translation>
    </message>
    <message>
        <source>several</source>
        <translation>varias</translation>
    </message>
    <message>
        <source>count</source>
        <translation>conteo</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>other-key = answer   (and ...)</source>
        <translation>otra-clave = respuesta   (y ...)</translation>
    </message>
</context>
<context>
    <name>LookForNotes</name>
    <message>
        <source>Notes: {prompt}</source>
        <translation>Notas: {prompt}</translation>
    </message>
    <message>
        <source>Notes about: {prompt}</source>
        <translation>Notas sobre: {prompt}</translation>
    </message>
    <message>
        <source>New note about: {prompt}</source>
        <translation>Nueva nota sobre: {prompt}</translation>
    </message>
    <message>
        <source>What was seen or heard…</source>
        <translation>Lo que se vio u oyó…</translation>
    </message>
    <message>
        <source>This note is also about:</source>
        <translation>Esta nota también trata sobre:</translation>
    </message>
    <message>
        <source>Also about</source>
        <translation>También sobre</translation>
    </message>
    <message>
        <source>What happened to the note</source>
        <translation>Qué pasó con la nota</translation>
    </message>
    <message>
        <source>+ Add note</source>
        <translation>+ Agregar nota</translation>
    </message>
    <message>
        <source>Add this note</source>
        <translation>Agregar esta nota</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Close the notes</source>
        <translation>Cerrar las notas</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
    <message>
        <source>  (also about: {others})</source>
        <translation>  (también sobre: {others})</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the note: {text}</source>
        <translation>Eliminar la nota: {text}</translation>
    </message>
    <message>
        <source>Write the note first, then tap Add note.</source>
        <translation>Escriba primero la nota y luego toque Agregar nota.</translation>
    </message>
    <message>
        <source>The note is not saved: {exc}. It is still here; tap Add note again.</source>
        <translation>La nota no se guardó: {exc}. Sigue aquí; toque Agregar nota otra vez.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>The note is not deleted: {exc}.</source>
        <translation>La nota no se eliminó: {exc}.</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Nota eliminada.</translation>
    </message>
</context>
<context>
    <name>LookForPrompts</name>
    <message>
        <source>Prompts from the framework</source>
        <translation>Pautas del marco</translation>
    </message>
    <message>
        <source>Prompts: {title}</source>
        <translation>Pautas: {title}</translation>
    </message>
</context>
<context>
    <name>LookForRow</name>
    <message>
        <source>◌  {shown} (default)</source>
        <translation>◌  {shown} (predeterminado)</translation>
    </message>
    <message>
        <source>○  Not marked</source>
        <translation>○  Sin marcar</translation>
    </message>
    <message>
        <source>–  N/A</source>
        <translation>–  No aplica</translation>
    </message>
    <message>
        <source>✓  Observed</source>
        <translation>✓  Observado</translation>
    </message>
    <message>
        <source>✗  Not observed</source>
        <translation>✗  No observado</translation>
    </message>
    <message>
        <source>✓  {count} chosen</source>
        <translation>✓  {count} elegidos</translation>
    </message>
    <message>
        <source>✓  Count {value}</source>
        <translation>✓  Conteo {value}</translation>
    </message>
    <message>
        <source>min {minute}: {value}</source>
        <translation>min {minute}: {value}</translation>
    </message>
    <message>
        <source>✓  Written</source>
        <translation>✓  Escrito</translation>
    </message>
    <message>
        <source>Look-for: {prompt}</source>
        <translation>Indicador: {prompt}</translation>
    </message>
    <message>
        <source>State of: {prompt}</source>
        <translation>Estado de: {prompt}</translation>
    </message>
    <message>
        <source>✎ Note</source>
        <translation>✎ Nota</translation>
    </message>
    <message>
        <source>Evidence note for: {prompt}</source>
        <translation>Nota de evidencia para: {prompt}</translation>
    </message>
    <message>
        <source>Write a few words of evidence (Ctrl+E)</source>
        <translation>Escriba unas palabras de evidencia (Ctrl+E)</translation>
    </message>
    <message>
        <source>A few words of evidence…</source>
        <translation>Unas palabras de evidencia…</translation>
    </message>
    <message>
        <source>Evidence…</source>
        <translation>Evidencia…</translation>
    </message>
    <message>
        <source>✎ Notes</source>
        <translation>✎ Notas</translation>
    </message>
    <message>
        <source>Notes about: {prompt}</source>
        <translation>Notas sobre: {prompt}</translation>
    </message>
    <message>
        <source>Write any number of notes; a note can be about other look-fors too</source>
        <translation>Escriba las notas que quiera; una nota también puede tratar sobre otros indicadores</translation>
    </message>
    <message>
        <source>{prompt}: saved or not</source>
        <translation>{prompt}: guardado o no</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>✓ Observed</source>
        <translation>✓ Observado</translation>
    </message>
    <message>
        <source>✗ Not observed</source>
        <translation>✗ No observado</translation>
    </message>
    <message>
        <source>Minute {minute}</source>
        <translation>Minuto {minute}</translation>
    </message>
    <message>
        <source>{prompt}, minute {minute}</source>
        <translation>{prompt}, minuto {minute}</translation>
    </message>
    <message>
        <source>Type here when there is a moment…</source>
        <translation>Escriba aquí cuando tenga un momento…</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>Escriba aquí…</translation>
    </message>
    <message>
        <source>✎ Note ✓</source>
        <translation>✎ Nota ✓</translation>
    </message>
    <message>
        <source>Evidence note: {strip}</source>
        <translation>Nota de evidencia: {strip}</translation>
    </message>
    <message>
        <source>✎ Notes ({count})</source>
        <translation>✎ Notas ({count})</translation>
    </message>
    <message>
        <source>{count} note{n}</source>
        <translation>{count} nota{n}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía no guardado</translation>
    </message>
    <message>
        <source>⏰ Minute {minute}: now</source>
        <translation>⏰ Minuto {minute}: ahora</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>{accessible_name}: wording hint</source>
        <translation>{accessible_name}: sugerencia de redacción</translation>
    </message>
    <message>
        <source>{name}: saved or not</source>
        <translation>{name}: guardado o no</translation>
    </message>
    <message>
        <source>{message}
({where_from})</source>
        <translation>{message}
({where_from})</translation>
    </message>
</context>
<context>
    <name>NudgeHint</name>
    <message>
        <source>{accessibleName}: wording hint</source>
        <translation>{accessibleName}: sugerencia de redacción</translation>
    </message>
    <message>
        <source>{message}
({where_from})</source>
        <translation>{message}
({where_from})</translation>
    </message>
</context>
<context>
    <name>NudgeListsPanel</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalí</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>{name}: {phrases} phrases ({files})</source>
        <translation>{name}: {phrases} frases ({files})</translation>
    </message>
    <message>
        <source>No list is in use: the wording nudge is off.</source>
        <translation>No hay ninguna lista en uso: la sugerencia de redacción está desactivada.</translation>
    </message>
    <message>
        <source>1 line left out; the rest of the lists still apply. Fix the line in the file, then press “Read the lists again”.</source>
        <translation>Se omitió 1 línea; el resto de las listas sigue vigente. Corrija la línea en el archivo y luego presione «Volver a leer las listas».</translation>
    </message>
    <message>
        <source>{count} lines left out; the rest of the lists still apply. Fix the line in the file, then press “Read the lists again”.</source>
        <translation>Se omitieron {count} líneas; el resto de las listas sigue vigente. Corrija las líneas en el archivo y luego presione «Volver a leer las listas».</translation>
    </message>
    <message>
        <source>• … and {more} more (all are in the log)</source>
        <translation>• … y {more} más (todas están en el registro)</translation>
    </message>
    <message>
        <source>Wording nudge lists</source>
        <translation>Listas de sugerencias de redacción</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wording nudge lists&lt;/b&gt;</source>
        <translation>&lt;b&gt;Listas de sugerencias de redacción&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Wording nudge lists in use</source>
        <translation>Listas de sugerencias de redacción en uso</translation>
    </message>
    <message>
        <source>Read the lists again</source>
        <translation>Volver a leer las listas</translation>
    </message>
    <message>
        <source>Read the wording nudge lists again</source>
        <translation>Volver a leer las listas de sugerencias de redacción</translation>
    </message>
    <message>
        <source>Wording nudge list lines left out</source>
        <translation>Líneas omitidas de las listas de sugerencias de redacción</translation>
    </message>
</context>
<context>
    <name>NumberEntry</name>
    <message>
        <source>{accessible}: number</source>
        <translation>{accessible}: número</translation>
    </message>
    <message>
        <source>type a number</source>
        <translation>escriba un número</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>Sections and look-fors</source>
        <translation>Secciones e indicadores</translation>
    </message>
</context>
<context>
    <name>PairedControl</name>
    <message>
        <source>✓ Observed</source>
        <translation>✓ Observado</translation>
    </message>
    <message>
        <source>✗ Not observed</source>
        <translation>✗ No observado</translation>
    </message>
</context>
<context>
    <name>PeerDocument</name>
    <message>
        <source>Read only. The visitor changes these notes on the Peer visits page.</source>
        <translation>Solo lectura. El visitante cambia estas notas en la página Visitas entre pares.</translation>
    </message>
    <message>
        <source>The visit&apos;s notes</source>
        <translation>Las notas de la visita</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
</context>
<context>
    <name>PendingTaps</name>
    <message>
        <source>Not saved yet: {why}. What shows “Not saved yet” is kept and saved as soon as the database takes it; nothing is lost.</source>
        <translation>Todavía no guardado: {why}. Lo que muestra «Todavía no guardado» se conserva y se guarda en cuanto la base de datos lo acepte; no se pierde nada.</translation>
    </message>
    <message>
        <source>Not recorded: {why}.</source>
        <translation>No registrado: {why}.</translation>
    </message>
    <message>
        <source>{what}: some marks in this room are not saved yet ({fault}). They are kept and saved as soon as the database takes them; try again in a moment.</source>
        <translation>{what}: algunas marcas de esta aula todavía no se guardaron ({fault}). Se conservan y se guardan en cuanto la base de datos las acepte; vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>People of the school</source>
        <translation>Personas de la escuela</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellido</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The chosen person: saved or not</source>
        <translation>La persona elegida: guardado o no</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Agregar como persona nueva</translation>
    </message>
    <message>
        <source>Add the person</source>
        <translation>Agregar a la persona</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Clear the fields to add another person</source>
        <translation>Borrar los campos para agregar otra persona</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the chosen person</source>
        <translation>Quitar a la persona elegida</translation>
    </message>
    <message>
        <source>Unlock after wrong PINs</source>
        <translation>Desbloquear tras PIN incorrectos</translation>
    </message>
    <message>
        <source>Unlock the chosen profile after too many wrong PINs</source>
        <translation>Desbloquear el perfil elegido tras demasiados PIN incorrectos</translation>
    </message>
    <message>
        <source> · locked (wrong PINs)</source>
        <translation> · bloqueado (PIN incorrectos)</translation>
    </message>
    <message>
        <source> · left (no longer on the roster)</source>
        <translation> · se fue (ya no está en la lista de personal)</translation>
    </message>
    <message>
        <source>Saved: {name} is now {role}.</source>
        <translation>Guardado: {name} ahora es {role}.</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Guardado: {name}.</translation>
    </message>
    <message>
        <source>Not added: {exc}.</source>
        <translation>No se agregó: {exc}.</translation>
    </message>
    <message>
        <source>Added {name} ({role}).</source>
        <translation>Se agregó a {name} ({role}).</translation>
    </message>
    <message>
        <source> {name} has a PIN: once removed, they can no longer sign in to read their own visits.</source>
        <translation> {name} tiene un PIN: una vez que se quite a esta persona, ya no podrá iniciar sesión para leer sus propias visitas.</translation>
    </message>
    <message>
        <source>Remove this person?</source>
        <translation>¿Quitar a esta persona?</translation>
    </message>
    <message>
        <source>Remove {name} from the directory? Their past visits keep their name.{pin}</source>
        <translation>¿Quitar a {name} del directorio? Sus visitas anteriores conservan su nombre.{pin}</translation>
    </message>
    <message>
        <source>Not removed: {why}.</source>
        <translation>No se quitó: {why}.</translation>
    </message>
    <message>
        <source>Not unlocked: {why}.</source>
        <translation>No se desbloqueó: {why}.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN for {name}</source>
        <translation>PIN de {name}</translation>
    </message>
    <message>
        <source>A PIN stops anyone else on this tablet from switching to your profile and reading your peer visit notes.</source>
        <translation>Un PIN impide que otra persona en esta tableta cambie a su perfil y lea sus notas de visitas entre pares.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>PIN nuevo otra vez</translation>
    </message>
    <message>
        <source>Problem with the PIN</source>
        <translation>Problema con el PIN</translation>
    </message>
    <message>
        <source>Remove my PIN</source>
        <translation>Quitar mi PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: leave the PIN as it is</source>
        <translation>Cancelar: dejar el PIN como está</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Cambiar mi PIN</translation>
    </message>
    <message>
        <source>Set my PIN</source>
        <translation>Establecer mi PIN</translation>
    </message>
    <message>
        <source>The current PIN is not right: </source>
        <translation>El PIN actual no es correcto: </translation>
    </message>
    <message>
        <source>Not changed: {text}.</source>
        <translation>No se cambió: {text}.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>Los dos PIN nuevos no coinciden.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Visit title</source>
        <translation>Título de la visita</translation>
    </message>
    <message>
        <source>Whose class is visited (the host)</source>
        <translation>Clase que se visita (docente anfitrión)</translation>
    </message>
    <message>
        <source>Whose class</source>
        <translation>Clase de</translation>
    </message>
    <message>
        <source>Add a visitor</source>
        <translation>Agregar un visitante</translation>
    </message>
    <message>
        <source>Type a name to add a visitor…</source>
        <translation>Escriba un nombre para agregar un visitante…</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Día de la visita</translation>
    </message>
    <message>
        <source>Visit starts at</source>
        <translation>La visita empieza a las</translation>
    </message>
    <message>
        <source>Visit ends at</source>
        <translation>La visita termina a las</translation>
    </message>
    <message>
        <source>Period, e.g. Period 3</source>
        <translation>Período de clase, p. ej., 3.er período</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período de clase</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>When and period: saved or not</source>
        <translation>Cuándo y período: guardado o no</translation>
    </message>
    <message>
        <source>Room of the visit</source>
        <translation>Aula de la visita</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>Prompts for the visitors (a peer framework)</source>
        <translation>Pautas para los visitantes (un marco de visitas entre pares)</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Pautas</translation>
    </message>
    <message>
        <source>The host&apos;s focus</source>
        <translation>El enfoque del docente anfitrión</translation>
    </message>
    <message>
        <source>The host agrees to this visit</source>
        <translation>El docente anfitrión acepta esta visita</translation>
    </message>
    <message>
        <source>Who can see this visit</source>
        <translation>Quién puede ver esta visita</translation>
    </message>
    <message>
        <source>Share or make private</source>
        <translation>Compartir o hacer privada</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{visitors} visiting {name}&apos;s class</source>
        <translation>Visita de {visitors} a la clase de {name}</translation>
    </message>
    <message>
        <source>Your focus: what you would like your visitors to notice</source>
        <translation>Su enfoque: lo que le gustaría que observaran sus visitantes</translation>
    </message>
    <message>
        <source>{host}&apos;s focus (only {host} writes it)</source>
        <translation>Enfoque de {host} (solo {host} lo escribe)</translation>
    </message>
    <message>
        <source>Could not {action}: {exc}.</source>
        <translation>No se pudo {action}: {exc}.</translation>
    </message>
    <message>
        <source>change the visit</source>
        <translation>cambiar la visita</translation>
    </message>
    <message>
        <source>change the host</source>
        <translation>cambiar el docente anfitrión</translation>
    </message>
    <message>
        <source>add the visitor</source>
        <translation>agregar al visitante</translation>
    </message>
    <message>
        <source>remove the visitor</source>
        <translation>quitar al visitante</translation>
    </message>
    <message>
        <source>change the cover</source>
        <translation>cambiar la cobertura</translation>
    </message>
    <message>
        <source>record the agreement</source>
        <translation>registrar la aceptación</translation>
    </message>
    <message>
        <source>change the sharing</source>
        <translation>cambiar cómo se comparte</translation>
    </message>
    <message>
        <source>What would you like your colleague to notice? Ask it in your own words, e.g. “Who does the talking during partner work?”</source>
        <translation>¿Qué le gustaría que observara su colega? Pregúntelo con sus propias palabras, p. ej., «¿Quién habla durante el trabajo en parejas?»</translation>
    </message>
    <message>
        <source>{name}&apos;s class: no visitor yet</source>
        <translation>Clase de {name}: todavía sin visitantes</translation>
    </message>
    <message>
        <source>{host}&apos;s focus shows here once {host} agrees to your visit.</source>
        <translation>El enfoque de {host} aparece aquí cuando {host} acepte su visita.</translation>
    </message>
    <message>
        <source>{host} has not written a focus yet.</source>
        <translation>{host} todavía no ha escrito un enfoque.</translation>
    </message>
    <message>
        <source>{join} joined after you agreed: tick to agree again.</source>
        <translation>{join} se unió después de que usted aceptara: marque para aceptar otra vez.</translation>
    </message>
    <message>
        <source>I agree to this visit. What my visitors write stays between us unless I share it.</source>
        <translation>Acepto esta visita. Lo que escriban mis visitantes queda entre nosotros, a menos que yo lo comparta.</translation>
    </message>
    <message>
        <source>{host} agreed to this visit on {short_day}.</source>
        <translation>{host} aceptó esta visita el {short_day}.</translation>
    </message>
    <message>
        <source>You joined after {host} agreed: waiting for {host} to agree again.</source>
        <translation>Usted se unió después de que {host} aceptara: esperando que {host} acepte otra vez.</translation>
    </message>
    <message>
        <source>Waiting for {host} to agree to this visit (only {host} can).</source>
        <translation>Esperando que {host} acepte esta visita (solo {host} puede hacerlo).</translation>
    </message>
    <message>
        <source>Shared by {who} on {short_day}: coaches&apos; summaries may include it. It is never counted in walkthrough dashboards or reports.</source>
        <translation>Compartida por {who} el {short_day}: los resúmenes de los coaches pueden incluirla. Nunca se cuenta en los paneles ni en los informes de visitas breves al aula.</translation>
    </message>
    <message>
        <source>Private: only {host} and the visitors see the focus and the notes.</source>
        <translation>Privada: solo {host} y los visitantes ven el enfoque y las notas.</translation>
    </message>
    <message>
        <source>Make private again</source>
        <translation>Volver a hacerla privada</translation>
    </message>
    <message>
        <source>Share with coaches</source>
        <translation>Compartir con los coaches</translation>
    </message>
    <message>
        <source>Add a visitor…</source>
        <translation>Agregar un visitante…</translation>
    </message>
    <message>
        <source>Their class needs a substitute</source>
        <translation>Su clase necesita suplente</translation>
    </message>
    <message>
        <source>{name}&apos;s class needs a substitute</source>
        <translation>La clase de {name} necesita suplente</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirarse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Withdraw from this visit</source>
        <translation>Retirarse de esta visita</translation>
    </message>
    <message>
        <source>Remove {name} from the visitors</source>
        <translation>Quitar a {name} de los visitantes</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin aula</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview size</source>
        <translation>Tamaño de la vista previa</translation>
    </message>
</context>
<context>
    <name>ProfileButton</name>
    <message>
        <source>Who is using the app? Choose your profile</source>
        <translation>¿Quién usa la aplicación? Elija su perfil</translation>
    </message>
    <message>
        <source>Using the app as {describe} · Switch</source>
        <translation>Usando la aplicación como {describe} · Cambiar</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>after 1 minute without a tap</source>
        <translation>después de 1 minuto sin un toque</translation>
    </message>
    <message>
        <source>after {n} minutes without a tap</source>
        <translation>después de {n} minutos sin un toque</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>¿Quién usa la aplicación?</translation>
    </message>
    <message>
        <source>Choose who is using the app</source>
        <translation>Elija quién usa la aplicación</translation>
    </message>
    <message>
        <source>Choose your own name. Peer visit notes show only to the host and the visitor, so on a shared tablet switch to your profile before you open them.</source>
        <translation>Elija su propio nombre. Las notas de visitas entre pares solo las ven el docente anfitrión y el visitante; en una tableta compartida, cambie a su perfil antes de abrirlas.</translation>
    </message>
    <message>
        <source>Find your name</source>
        <translation>Busque su nombre</translation>
    </message>
    <message>
        <source>People in the directory</source>
        <translation>Personas del directorio</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN of the chosen profile</source>
        <translation>PIN del perfil elegido</translation>
    </message>
    <message>
        <source>Problem choosing the profile</source>
        <translation>Problema al elegir el perfil</translation>
    </message>
    <message>
        <source>Nobody: sign out</source>
        <translation>Nadie: cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out: nobody is using the app</source>
        <translation>Cerrar sesión: nadie usa la aplicación</translation>
    </message>
    <message>
        <source>My PIN…</source>
        <translation>Mi PIN…</translation>
    </message>
    <message>
        <source>Set or remove the PIN of the current profile</source>
        <translation>Establecer o quitar el PIN del perfil actual</translation>
    </message>
    <message>
        <source>Use the app</source>
        <translation>Usar la aplicación</translation>
    </message>
    <message>
        <source>Use the app as the chosen person</source>
        <translation>Usar la aplicación como la persona elegida</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: keep the current profile</source>
        <translation>Cancelar: conservar el perfil actual</translation>
    </message>
    <message>
        <source>On this device, sign out</source>
        <translation>En este dispositivo, cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out after this long without a tap</source>
        <translation>Cerrar sesión tras este tiempo sin un toque</translation>
    </message>
    <message>
        <source>Not listed?</source>
        <translation>¿No aparece?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Name of a new profile</source>
        <translation>Nombre de un perfil nuevo</translation>
    </message>
    <message>
        <source>Add me</source>
        <translation>Agregarme</translation>
    </message>
    <message>
        <source>Add me to the directory and use the app as me</source>
        <translation>Agregarme al directorio y usar la aplicación con mi perfil</translation>
    </message>
    <message>
        <source>What adding yourself makes you</source>
        <translation>Qué rol tendrá al agregarse</translation>
    </message>
    <message>
        <source> · PIN</source>
        <translation> · PIN</translation>
    </message>
    <message>
        <source>This directory has no administrator yet: adding yourself makes you its administrator, who sets up the school, its rooms and its people.</source>
        <translation>Este directorio todavía no tiene administrador/a: al agregarse, usted será su administrador/a, quien configura la escuela, sus aulas y su personal.</translation>
    </message>
    <message>
        <source>Adding yourself makes you a teacher; an administrator can change your role.</source>
        <translation>Al agregarse, usted será docente; un/a administrador/a puede cambiar su rol.</translation>
    </message>
    <message>
        <source>Use the app as {name}</source>
        <translation>Usar la aplicación como {name}</translation>
    </message>
    <message>
        <source>This profile is locked after too many wrong PINs: an administrator can unlock it in School directory.</source>
        <translation>Este perfil está bloqueado tras demasiados PIN incorrectos: un/a administrador/a puede desbloquearlo en Directorio escolar.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: wait a little before the next try.</source>
        <translation>Demasiados PIN incorrectos: espere un poco antes del próximo intento.</translation>
    </message>
    <message>
        <source>Nobody matches that name: check the spelling, or add yourself below.</source>
        <translation>Nadie coincide con ese nombre: revise la ortografía o agréguese abajo.</translation>
    </message>
    <message>
        <source>{n} people match: choose yours in the list.</source>
        <translation>{n} personas coinciden: elija la suya en la lista.</translation>
    </message>
    <message>
        <source>Write your name to add yourself.</source>
        <translation>Escriba su nombre para agregarse.</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Prompt: {prompt}</source>
        <translation>Pauta: {prompt}</translation>
    </message>
    <message>
        <source>Seen: {prompt}</source>
        <translation>Observado: {prompt}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Next note is about: {prompt}</source>
        <translation>La próxima nota trata sobre: {prompt}</translation>
    </message>
    <message>
        <source>The next note you add is about this prompt</source>
        <translation>La próxima nota que agregue trata sobre esta pauta</translation>
    </message>
    <message>
        <source>Notes about: {prompt}</source>
        <translation>Notas sobre: {prompt}</translation>
    </message>
    <message>
        <source>Seen ✓</source>
        <translation>Observado ✓</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Observado</translation>
    </message>
    <message>
        <source>{notes} note{n} about this</source>
        <translation>{notes} nota{n} sobre esto</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Grade band</source>
        <translation>Nivel de grado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador/a</translation>
    </message>
    <message>
        <source>PLC team</source>
        <translation>Equipo de PLC</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Todas las escuelas</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>Todos los marcos</translation>
    </message>
    <message>
        <source>All grade bands</source>
        <translation>Todos los niveles de grado</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Todas las materias</translation>
    </message>
    <message>
        <source>All observers</source>
        <translation>Todos los observadores</translation>
    </message>
    <message>
        <source>All PLC teams</source>
        <translation>Todos los equipos de PLC</translation>
    </message>
    <message>
        <source>{isoformat} to {isoformat2}</source>
        <translation>{isoformat} a {isoformat2}</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>it stopped on an unexpected error; the details are in the app&apos;s log</source>
        <translation>se detuvo por un error inesperado; los detalles están en el registro de la aplicación</translation>
    </message>
</context>
<context>
    <name>ResponseNames</name>
    <message>
        <source>presence</source>
        <translation>presencia</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>una opción</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>varias opciones</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>conteo</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>instantánea</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Suplente</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grados</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Aula nueva</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Import a roster into {school}</source>
        <translation>Importar una lista de personal a {school}</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar una lista de personal</translation>
    </message>
    <message>
        <source>Rooms and teachers of {school}, from a spreadsheet</source>
        <translation>Aulas y docentes de {school}, desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file with one row per room: room, teacher, e-mail, grade band, subject (headers in English or Spanish). Importing it again later updates the rooms and teachers; teachers no longer listed are marked as having left, never removed.</source>
        <translation>Un archivo .csv o .xlsx con una fila por aula: aula, docente, correo electrónico, nivel de grados, materia (encabezados en inglés o en español). Si lo importa de nuevo más adelante, se actualizan las aulas y los docentes; los docentes que ya no aparecen se marcan como que se fueron, nunca se eliminan.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose the roster file</source>
        <translation>Elegir el archivo de la lista de personal</translation>
    </message>
    <message>
        <source>Save the template…</source>
        <translation>Guardar la plantilla…</translation>
    </message>
    <message>
        <source>Save an empty roster template</source>
        <translation>Guardar una plantilla vacía de lista de personal</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Todavía no se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Lo que contiene el archivo</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
    <message>
        <source>The rooms in the file</source>
        <translation>Las aulas del archivo</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation>Cerrar sin importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>Importar la lista de personal</translation>
    </message>
    <message>
        <source>The roster file</source>
        <translation>El archivo de la lista de personal</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>Listas de personal (*.xlsx *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the roster template</source>
        <translation>Guardar la plantilla de lista de personal</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved as {target}: {n}.</source>
        <translation>No se pudo guardar la plantilla como {target}: {n}.</translation>
    </message>
    <message>
        <source>The template is saved as {target}: fill in one row per room, save it, then choose it here.</source>
        <translation>La plantilla se guardó como {target}: complete una fila por aula, guárdela y luego elíjala aquí.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>The file could not be read ({name__}). Nothing was saved.</source>
        <translation>No se pudo leer el archivo ({name__}). No se guardó nada.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n room(s) read.</source>
        <translation>
            <numerusform>{file}: se leyó %n aula.</numerusform>
            <numerusform>{file}: se leyeron %n aulas.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 problem: fix it in the file, save it and choose it again. Nothing was saved.</source>
        <translation>1 problema: corríjalo en el archivo, guárdelo y vuelva a elegirlo. No se guardó nada.</translation>
    </message>
    <message>
        <source>{count} problems: fix them in the file, save it and choose it again. Nothing was saved.</source>
        <translation>{count} problemas: corríjalos en el archivo, guárdelo y vuelva a elegirlo. No se guardó nada.</translation>
    </message>
    <message>
        <source>. Nothing is imported until every problem is fixed.</source>
        <translation>. No se importa nada hasta que se corrijan todos los problemas.</translation>
    </message>
    <message>
        <source>Import {rows} room{n}</source>
        <translation>Importar {rows} aula{n}</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Imported and saved. </source>
        <translation>Importado y guardado. </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>an unexpected error ({name})</source>
        <translation>un error inesperado ({name})</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}. Nothing was saved; try again.</source>
        <translation>No se importó nada: {reason}. No se guardó nada; vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>RoundRoomsButton</name>
    <message>
        <source>visited</source>
        <translation>visitada</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>here now</source>
        <translation>aquí ahora</translation>
    </message>
    <message>
        <source>still to visit</source>
        <translation>por visitar</translation>
    </message>
    <message>
        <source>Rooms…</source>
        <translation>Aulas…</translation>
    </message>
    <message>
        <source>Rooms in this round: go back to a skipped room or ahead</source>
        <translation>Aulas de esta ronda: volver a un aula omitida o adelantarse</translation>
    </message>
    <message>
        <source>Go back to a skipped room, or ahead to another room on the route</source>
        <translation>Volver a un aula omitida, o adelantarse a otra aula de la ruta</translation>
    </message>
    <message>
        <source>Rooms in this round</source>
        <translation>Aulas de esta ronda</translation>
    </message>
</context>
<context>
    <name>RoundStartPanel</name>
    <message>
        <source>Start a round</source>
        <translation>Empezar una ronda</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>Nueva ruta</translation>
    </message>
    <message>
        <source>Make a new route</source>
        <translation>Crear una ruta nueva</translation>
    </message>
    <message>
        <source>Edit route</source>
        <translation>Editar ruta</translation>
    </message>
    <message>
        <source>Show or hide the chosen route&apos;s rooms to reorder them</source>
        <translation>Mostrar u ocultar las aulas de la ruta elegida para reordenarlas</translation>
    </message>
    <message>
        <source>Who is walking</source>
        <translation>Quién hace el recorrido</translation>
    </message>
    <message>
        <source>Who walks blast rounds</source>
        <translation>Quién hace las rondas de recorridos</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Tie visits to the room&apos;s teacher</source>
        <translation>Vincular las visitas al docente del aula</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Anonymous visits</source>
        <translation>Visitas anónimas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Start round  →</source>
        <translation>Empezar ronda  →</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Empezar ronda</translation>
    </message>
    <message>
        <source>Blast rounds are walked by administrators and coaches, who also review today&apos;s visits. Your visits with colleagues are under Peer visits.</source>
        <translation>Las rondas de recorridos las hacen administradores y coaches, quienes también revisan las visitas de hoy. Sus visitas con colegas están en Visitas entre pares.</translation>
    </message>
    <message>
        <source>Blast walkthroughs</source>
        <translation>Visitas breves al aula (recorridos)</translation>
    </message>
    <message>
        <source>{name} ({value})</source>
        <translation>{name} ({value})</translation>
    </message>
    <message>
        <source>All rooms, by name</source>
        <translation>Todas las aulas, por nombre</translation>
    </message>
    <message>
        <source>{name} ({n} rooms)</source>
        <translation>{name} ({n} aulas)</translation>
    </message>
    <message>
        <source>Routes are saved by administrators and coaches, once signed in.</source>
        <translation>Las rutas las guardan administradores y coaches, después de iniciar sesión.</translation>
    </message>
    <message>
        <source>No school yet: add your school, its rooms and teachers in School directory.</source>
        <translation>Todavía no hay escuela: agregue su escuela, sus aulas y docentes en Directorio escolar.</translation>
    </message>
    <message>
        <source>This school has no rooms yet: add them in School directory.</source>
        <translation>Esta escuela todavía no tiene aulas: agréguelas en Directorio escolar.</translation>
    </message>
    <message>
        <source>Nobody can walk yet: add an administrator or coach in School directory.</source>
        <translation>Todavía nadie puede hacer recorridos: agregue un/a administrador/a o coach en Directorio escolar.</translation>
    </message>
    <message>
        <source>This framework always ties a visit to the room&apos;s teacher.</source>
        <translation>Este marco siempre vincula la visita con el docente del aula.</translation>
    </message>
    <message>
        <source>This framework never ties a visit to a teacher.</source>
        <translation>Este marco nunca vincula una visita con un docente.</translation>
    </message>
    <message>
        <source>Your choice for this round.</source>
        <translation>Usted decide en esta ronda.</translation>
    </message>
    <message>
        <source>This framework cannot be read by this version of the app: {exc}</source>
        <translation>Esta versión de la aplicación no puede leer este marco: {exc}</translation>
    </message>
    <message>
        <source>Choose a school and a framework first.</source>
        <translation>Primero elija una escuela y un marco.</translation>
    </message>
    <message>
        <source>Choose who is walking first (an administrator or coach).</source>
        <translation>Primero elija quién hace el recorrido (un/a administrador/a o coach).</translation>
    </message>
</context>
<context>
    <name>RouteEditor</name>
    <message>
        <source>Route name</source>
        <translation>Nombre de la ruta</translation>
    </message>
    <message>
        <source>The route: saved or not</source>
        <translation>La ruta: guardado o no</translation>
    </message>
    <message>
        <source>Rooms on the route, in walking order</source>
        <translation>Aulas de la ruta, en orden de recorrido</translation>
    </message>
    <message>
        <source>↑ Earlier</source>
        <translation>↑ Antes</translation>
    </message>
    <message>
        <source>Move the room earlier</source>
        <translation>Mover el aula antes</translation>
    </message>
    <message>
        <source>↓ Later</source>
        <translation>↓ Después</translation>
    </message>
    <message>
        <source>Move the room later</source>
        <translation>Mover el aula después</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the room from the route</source>
        <translation>Quitar el aula de la ruta</translation>
    </message>
    <message>
        <source>Room to add</source>
        <translation>Aula para agregar</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Agregar aula</translation>
    </message>
    <message>
        <source>Add the room to the end of the route</source>
        <translation>Agregar el aula al final de la ruta</translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>Eliminar ruta</translation>
    </message>
    <message>
        <source>Delete this route</source>
        <translation>Eliminar esta ruta</translation>
    </message>
    <message>
        <source>Route {number}</source>
        <translation>Ruta {number}</translation>
    </message>
    <message>
        <source>{why}; the route is as shown</source>
        <translation>{why}; la ruta queda como se muestra</translation>
    </message>
    <message>
        <source>{why}; it was not deleted</source>
        <translation>{why}; no se eliminó</translation>
    </message>
</context>
<context>
    <name>RowPanel</name>
    <message>
        <source>Options of: {title}</source>
        <translation>Opciones de: {title}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Close the options of: {title}</source>
        <translation>Cerrar las opciones de: {title}</translation>
    </message>
</context>
<context>
    <name>SafeStartWindow</name>
    <message>
        <source>Walkthrough: the data cannot be opened</source>
        <translation>Walkthrough: no se pueden abrir los datos</translation>
    </message>
    <message>
        <source>Walkthrough cannot open its data</source>
        <translation>Walkthrough no puede abrir sus datos</translation>
    </message>
    <message>
        <source>This data folder is already open</source>
        <translation>Esta carpeta de datos ya está abierta</translation>
    </message>
    <message>
        <source>This data needs a newer Walkthrough</source>
        <translation>Estos datos necesitan una versión más reciente de Walkthrough</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>Walkthrough cannot use its data folder</source>
        <translation>Walkthrough no puede usar su carpeta de datos</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation>{what}.</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>The file or folder concerned</source>
        <translation>El archivo o la carpeta en cuestión</translation>
    </message>
    <message>
        <source>What to do: {todo}.</source>
        <translation>Qué hacer: {todo}.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Restore the backup of {local_time}</source>
        <translation>Restaurar la copia de seguridad de {local_time}</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Restaurar la copia de seguridad válida más reciente</translation>
    </message>
    <message>
        <source>The newest good backup: {backup}.</source>
        <translation>La copia de seguridad válida más reciente: {backup}.</translation>
    </message>
    <message>
        <source> The file that cannot be opened is kept as it is, in {folder}.</source>
        <translation> El archivo que no se puede abrir se conserva tal como está, en {folder}.</translation>
    </message>
    <message>
        <source>No backup was found in this data folder&apos;s backups.</source>
        <translation>No se encontró ninguna copia de seguridad en las copias de esta carpeta de datos.</translation>
    </message>
    <message>
        <source>None of the {count} backups is usable in this data folder&apos;s backups.</source>
        <translation>Ninguna de las {count} copias de seguridad de esta carpeta de datos se puede usar.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar otra vez</translation>
    </message>
    <message>
        <source>Start with a new empty data folder</source>
        <translation>Empezar con una carpeta de datos nueva y vacía</translation>
    </message>
    <message>
        <source>Makes a new folder{where} and leaves the current one exactly as it is.</source>
        <translation>Crea una carpeta nueva{where} y deja la actual exactamente como está.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Quit Walkthrough</source>
        <translation>Salir de Walkthrough</translation>
    </message>
    <message>
        <source>The details are in the log: {log_file}</source>
        <translation>Los detalles están en el registro: {log_file}</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>✓ Saved: everything here is in the database now.</source>
        <translation>✓ Guardado: todo lo de aquí ya está en la base de datos.</translation>
    </message>
    <message>
        <source>Not saved yet{fields}: {why}. It is kept here and saved as soon as the database takes it.</source>
        <translation>Todavía no guardado{fields}: {why}. Se conserva aquí y se guarda en cuanto la base de datos lo acepte.</translation>
    </message>
    <message>
        <source>Not saved{fields}: {why}.</source>
        <translation>No guardado{fields}: {why}.</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>Answered for</source>
        <translation>Se responde para</translation>
    </message>
    <message>
        <source>each room (visit)</source>
        <translation>cada aula (visita)</translation>
    </message>
    <message>
        <source>the whole round, once</source>
        <translation>toda la ronda, una vez</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Section condition</source>
        <translation>Condición de la sección</translation>
    </message>
    <message>
        <source>other-key = answer</source>
        <translation>otra-clave = respuesta</translation>
    </message>
    <message>
        <source>up to {get}</source>
        <translation>hasta {get}</translation>
    </message>
</context>
<context>
    <name>SegmentTabs</name>
    <message>
        <source>{title}: segments</source>
        <translation>{title}: segmentos</translation>
    </message>
    <message>
        <source>{title}: next segment</source>
        <translation>{title}: siguiente segmento</translation>
    </message>
    <message>
        <source>{label} {segment}{minutes}</source>
        <translation>{label} {segment}{minutes}</translation>
    </message>
</context>
<context>
    <name>Segmented</name>
    <message>
        <source>{accessible_prefix}: {label}</source>
        <translation>{accessible_prefix}: {label}</translation>
    </message>
</context>
<context>
    <name>SnapshotPicks</name>
    <message>
        <source>Minute {minute}</source>
        <translation>Minuto {minute}</translation>
    </message>
    <message>
        <source>{prompt}, minute {minute}</source>
        <translation>{prompt}, minuto {minute}</translation>
    </message>
    <message>
        <source>{prompt}, minute {minute}, {option}</source>
        <translation>{prompt}, minuto {minute}, {option}</translation>
    </message>
    <message>
        <source>⚠ {text}</source>
        <translation>⚠ {text}</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{accessible}: one less</source>
        <translation>{accessible}: uno menos</translation>
    </message>
    <message>
        <source>{accessible}: one more</source>
        <translation>{accessible}: uno más</translation>
    </message>
    <message>
        <source>{accessible}: count</source>
        <translation>{accessible}: conteo</translation>
    </message>
</context>
<context>
    <name>TeamsEditor</name>
    <message>
        <source>PLC teams</source>
        <translation>Equipos de PLC</translation>
    </message>
    <message>
        <source>PLC teams of the school</source>
        <translation>Equipos de PLC de la escuela</translation>
    </message>
    <message>
        <source>Members of the chosen team</source>
        <translation>Miembros del equipo elegido</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>e.g. Grade 3 team</source>
        <translation>p. ej., Equipo de 3.er grado</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Agregar equipo</translation>
    </message>
    <message>
        <source>Add a PLC team with this name</source>
        <translation>Agregar un equipo de PLC con este nombre</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Rename the chosen team to this name</source>
        <translation>Cambiar el nombre del equipo elegido a este</translation>
    </message>
    <message>
        <source>Delete team…</source>
        <translation>Eliminar equipo…</translation>
    </message>
    <message>
        <source>Delete the chosen team</source>
        <translation>Eliminar el equipo elegido</translation>
    </message>
    <message>
        <source>A PLC team is a grade-level or course team: name it, then tick its teachers. Reports and the dashboard can be filtered to a team.</source>
        <translation>Un equipo de PLC es un equipo de grado o de curso: póngale nombre y luego marque a sus docentes. Los informes y el panel se pueden filtrar por equipo.</translation>
    </message>
    <message>
        <source>Tick the teachers of the chosen team; each tick is saved at once.</source>
        <translation>Marque a los docentes del equipo elegido; cada marca se guarda al instante.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>No guardado: %1.</translation>
    </message>
    <message>
        <source>%1 is in %2.</source>
        <translation>%1 está en %2.</translation>
    </message>
    <message>
        <source>%1 left %2.</source>
        <translation>%1 salió de %2.</translation>
    </message>
    <message>
        <source>The team was not added: %1.</source>
        <translation>No se agregó el equipo: %1.</translation>
    </message>
    <message>
        <source>Added the PLC team %1. Tick its teachers.</source>
        <translation>Se agregó el equipo de PLC %1. Marque a sus docentes.</translation>
    </message>
    <message>
        <source>Not renamed: %1.</source>
        <translation>No se cambió el nombre: %1.</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Nombre cambiado a %1.</translation>
    </message>
    <message>
        <source>Delete this team?</source>
        <translation>¿Eliminar este equipo?</translation>
    </message>
    <message>
        <source>Delete the PLC team %1? Its teachers and their visits stay.</source>
        <translation>¿Eliminar el equipo de PLC %1? Sus docentes y sus visitas se conservan.</translation>
    </message>
    <message>
        <source>Not deleted: %1.</source>
        <translation>No se eliminó: %1.</translation>
    </message>
    <message>
        <source>Deleted the PLC team %1.</source>
        <translation>Se eliminó el equipo de PLC %1.</translation>
    </message>
</context>
<context>
    <name>VersionHistory</name>
    <message>
        <source>Published versions</source>
        <translation>Versiones publicadas</translation>
    </message>
    <message>
        <source>{version} · {title} · {who} {when} · used by {used_by} visits</source>
        <translation>{version} · {title} · {who} {when} · usado en {used_by} visitas</translation>
    </message>
    <message>
        <source> · edited from {based_on}</source>
        <translation> · editado a partir de {based_on}</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador/a</translation>
    </message>
    <message>
        <source>Grade band</source>
        <translation>Nivel de grado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Blast</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Entre pares</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin aula</translation>
    </message>
    <message>
        <source>Not tied to a teacher</source>
        <translation>No vinculada a un docente</translation>
    </message>
</context>
<context>
    <name>VisitSections</name>
    <message>
        <source>Next segment  →</source>
        <translation>Siguiente segmento  →</translation>
    </message>
    <message>
        <source>  (answered once for the whole round)</source>
        <translation>  (se responde una vez para toda la ronda)</translation>
    </message>
    <message>
        <source>Use this section</source>
        <translation>Usar esta sección</translation>
    </message>
    <message>
        <source>An optional section: open it when it applies. Left closed, it counts as not applicable.</source>
        <translation>Una sección opcional: ábrala cuando corresponda. Si queda cerrada, cuenta como No aplica.</translation>
    </message>
    <message>
        <source>Using this section</source>
        <translation>Usando esta sección</translation>
    </message>
</context>
<context>
    <name>VisitView</name>
    <message>
        <source>Keys: ↑↓ look-for · O observed · X not observed · A N/A · 1–9 choose · + − count · Del clear · Ctrl+E note · Ctrl+Shift+X the rest not observed · Ctrl+Z undo · Ctrl+Enter next room</source>
        <translation>Teclas: ↑↓ indicador · O observado · X no observado · A No aplica · 1–9 elegir · + − contar · Supr borrar · Ctrl+E nota · Ctrl+Shift+X el resto no observado · Ctrl+Z deshacer · Ctrl+Enter siguiente aula</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Look-fors</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Show the pages (the visit stays open)</source>
        <translation>Mostrar las páginas (la visita sigue abierta)</translation>
    </message>
    <message>
        <source>Show or hide the pages list; the room stays as it is</source>
        <translation>Mostrar u ocultar la lista de páginas; el aula queda como está</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Round progress</source>
        <translation>Avance de la ronda</translation>
    </message>
    <message>
        <source>Look-fors marked</source>
        <translation>Indicadores marcados</translation>
    </message>
    <message>
        <source>Time in this room</source>
        <translation>Tiempo en esta aula</translation>
    </message>
    <message>
        <source>Time against the target visit length</source>
        <translation>Tiempo frente a la duración prevista de la visita</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Skip room</source>
        <translation>Omitir aula</translation>
    </message>
    <message>
        <source>Skip this room</source>
        <translation>Omitir esta aula</translation>
    </message>
    <message>
        <source>Finish round</source>
        <translation>Terminar ronda</translation>
    </message>
    <message>
        <source>Finish the round</source>
        <translation>Terminar la ronda</translation>
    </message>
    <message>
        <source>Mark the rest
not observed</source>
        <translation>Marcar el resto
no observado</translation>
    </message>
    <message>
        <source>Mark the rest not observed</source>
        <translation>Marcar el resto como no observado</translation>
    </message>
    <message>
        <source>Every presence look-for still not marked becomes Not observed, in one tap (Undo takes them all back). Until then, unmarked reads as Not marked.</source>
        <translation>Cada indicador de presencia que aún no está marcado pasa a No observado, con un solo toque (Deshacer los revierte todos). Hasta entonces, lo no marcado figura como Sin marcar.</translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation>Eliminar visita…</translation>
    </message>
    <message>
        <source>Delete this visit</source>
        <translation>Eliminar esta visita</translation>
    </message>
    <message>
        <source>Next room  →</source>
        <translation>Siguiente aula  →</translation>
    </message>
    <message>
        <source>Next room</source>
        <translation>Siguiente aula</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Room {number} of {total}</source>
        <translation>Aula {number} de {total}</translation>
    </message>
    <message>
        <source> · {skipped} skipped</source>
        <translation> · {skipped} omitidas</translation>
    </message>
    <message>
        <source>Last room: finish  ✓</source>
        <translation>Última aula: terminar  ✓</translation>
    </message>
    <message>
        <source>Round resumed where you left it: every tap is here.</source>
        <translation>La ronda sigue donde la dejó: todos los toques están aquí.</translation>
    </message>
    <message>
        <source>Reviewing a visit</source>
        <translation>Revisando una visita</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin aula</translation>
    </message>
    <message>
        <source>Anonymous visit (not tied to a teacher)</source>
        <translation>Visita anónima (no vinculada a un docente)</translation>
    </message>
    <message>
        <source>Done  ✓</source>
        <translation>Listo  ✓</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>nadie con nombre</translation>
    </message>
    <message>
        <source>Recorded by {who}: read only. Only {who_may} may change it.</source>
        <translation>Registrada por {who}: solo lectura. Solo {who_may} puede cambiarla.</translation>
    </message>
    <message numerus="yes">
        <source>%n look-for(s) marked Not observed. Undo takes them all back.</source>
        <translation>
            <numerusform>%n indicador marcado como No observado. Deshacer lo revierte.</numerusform>
            <numerusform>%n indicadores marcados como No observado. Deshacer los revierte todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone yet</source>
        <translation>Todavía no se deshizo</translation>
    </message>
    <message>
        <source>Not undone: {exc}.</source>
        <translation>No se deshizo: {exc}.</translation>
    </message>
    <message>
        <source>Nothing to undo in this visit.</source>
        <translation>No hay nada que deshacer en esta visita.</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Todavía no se marcó</translation>
    </message>
    <message>
        <source>Not all undone: {exc}. Tap Undo again in a moment.</source>
        <translation>No se deshizo todo: {exc}. Toque Deshacer otra vez en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n look-for(s) back to Not marked.</source>
        <translation>
            <numerusform>Deshecho: %n indicador vuelve a Sin marcar.</numerusform>
            <numerusform>Deshecho: %n indicadores vuelven a Sin marcar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved on yet</source>
        <translation>Todavía no se avanzó</translation>
    </message>
    <message>
        <source>Not moved on: {exc}. Your marks here are saved; tap Next room again in a moment.</source>
        <translation>No se avanzó: {exc}. Sus marcas aquí están guardadas; toque Siguiente aula otra vez en un momento.</translation>
    </message>
    <message>
        <source>Not skipped yet</source>
        <translation>Todavía no se omitió</translation>
    </message>
    <message>
        <source>Not moved yet</source>
        <translation>Todavía no se cambió de aula</translation>
    </message>
    <message numerus="yes">
        <source>Tap again to finish
(%n room(s) not visited)</source>
        <translation>
            <numerusform>Toque otra vez para terminar
(%n aula sin visitar)</numerusform>
            <numerusform>Toque otra vez para terminar
(%n aulas sin visitar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) of this round not visited yet. Tap Finish round again to end the round now; otherwise carry on with Next room.</source>
        <translation>
            <numerusform>%n aula de esta ronda todavía sin visitar. Toque Terminar ronda otra vez para terminarla ahora; si no, siga con Siguiente aula.</numerusform>
            <numerusform>%n aulas de esta ronda todavía sin visitar. Toque Terminar ronda otra vez para terminarla ahora; si no, siga con Siguiente aula.</numerusform>
        </translation>
    </message>
    <message>
        <source>The round is not finished yet</source>
        <translation>La ronda todavía no terminó</translation>
    </message>
    <message>
        <source>The round is not finished: {exc}. Tap Finish round again in a moment.</source>
        <translation>La ronda no terminó: {exc}. Toque Terminar ronda otra vez en un momento.</translation>
    </message>
    <message>
        <source>Delete this visit?</source>
        <translation>¿Eliminar esta visita?</translation>
    </message>
    <message>
        <source>Delete the visit to {text}? It will no longer be counted.</source>
        <translation>¿Eliminar la visita a {text}? Ya no se contará.</translation>
    </message>
    <message>
        <source>Not deleted: {exc}.</source>
        <translation>No se eliminó: {exc}.</translation>
    </message>
    <message>
        <source>Minute {minute}: {prompt} (below)</source>
        <translation>Minuto {minute}: {prompt} (abajo)</translation>
    </message>
    <message>
        <source>{shown_marked} of {shown} marked</source>
        <translation>{shown_marked} de {shown} marcados</translation>
    </message>
    <message>
        <source>This room has marks: use Next room (or Undo them)</source>
        <translation>Esta aula tiene marcas: use Siguiente aula (o Deshaga las marcas)</translation>
    </message>
</context>
<context>
    <name>VisitsBehind</name>
    <message>
        <source>Visits behind the figure</source>
        <translation>Visitas detrás de la cifra</translation>
    </message>
    <message>
        <source>{n} visit{n2}</source>
        <translation>{n} visita{n2}</translation>
    </message>
    <message>
        <source>How many visits</source>
        <translation>Cuántas visitas</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Abrir visita</translation>
    </message>
    <message>
        <source>Open the chosen visit</source>
        <translation>Abrir la visita elegida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Cerrar la lista</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>4 to 8 digits</source>
        <translation>De 4 a 8 dígitos</translation>
    </message>
</context>
<context>
    <name>visit_sections</name>
    <message>
        <source>Use the optional section: {title}</source>
        <translation>Usar la sección opcional: {title}</translation>
    </message>
</context>
</TS>

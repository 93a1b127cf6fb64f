<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BackupsPage</name>
    <message>
        <source>daily backup</source>
        <translation>copia diaria</translation>
    </message>
    <message>
        <source>before an update of the database</source>
        <translation>antes de una actualización de la base de datos</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>{when} ({why}, {size} MB)</source>
        <translation>{when} ({why}, {size} MB)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Walkthrough copies this device&apos;s data once a day when it starts, before every update, and before every restore; the newest 14 copies are kept in {folder}.</source>
        <translation>Walkthrough copia los datos de este dispositivo una vez al día al iniciar, antes de cada actualización y antes de cada restauración; las 14 copias más recientes se guardan en {folder}.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>Restaurar la copia elegida…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia elegida</translation>
    </message>
    <message>
        <source>Restoring replaces everything on this device with the backup; the current data is backed up first.</source>
        <translation>Restaurar reemplaza todo lo de este dispositivo por la copia; antes se hace una copia de los datos actuales.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Solo un administrador puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be made: {why}</source>
        <translation>No se pudo hacer la copia de seguridad: {why}</translation>
    </message>
    <message>
        <source>Backed up: {backup}.</source>
        <translation>Copia hecha: {backup}.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Replace everything on this device with the backup of {when}? What was recorded since then is kept only in the backup made now, before the restore.</source>
        <translation>¿Reemplazar todo lo de este dispositivo por la copia del {when}? Lo registrado desde entonces solo queda en la copia que se hace ahora, antes de restaurar.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Not restored: {why}</source>
        <translation>No se restauró: {why}</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Something unexpected went wrong; everything already shown as saved is kept.</source>
        <translation>Ocurrió un error inesperado; todo lo que ya se mostró como guardado se conserva.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The details are in the log: {file}</source>
        <translation>Los detalles están en el registro: {file}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Show the guide in {language}</source>
        <translation>Mostrar la guía en {language}</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Search the guide, e.g. wondering, interval, substitute</source>
        <translation>Buscar en la guía, p. ej. pregunta, intervalo, suplente</translation>
    </message>
    <message>
        <source>How many passages were found</source>
        <translation>Cuántos pasajes se encontraron</translation>
    </message>
    <message>
        <source>Guide files that could not be read</source>
        <translation>Archivos de la guía que no se pudieron leer</translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation>Temas de la guía</translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation>Pasajes encontrados</translation>
    </message>
    <message>
        <source>About Walkthrough…</source>
        <translation>Acerca de Walkthrough…</translation>
    </message>
    <message>
        <source>About Walkthrough: version, data folder and log folder</source>
        <translation>Acerca de Walkthrough: versión, carpeta de datos y carpeta de registros</translation>
    </message>
    <message>
        <source>Back to the page you were on</source>
        <translation>Volver a la página en la que estaba</translation>
    </message>
    <message>
        <source>Some of the guide could not be read:</source>
        <translation>Parte de la guía no se pudo leer:</translation>
    </message>
    <message>
        <source>1 passage found</source>
        <translation>Se encontró 1 pasaje</translation>
    </message>
    <message>
        <source>{count} passages found</source>
        <translation>Se encontraron {count} pasajes</translation>
    </message>
    <message>
        <source>Nothing found: try fewer words, or the other language</source>
        <translation>No se encontró nada: pruebe con menos palabras o con el otro idioma</translation>
    </message>
    <message>
        <source>◀ Back to {page}</source>
        <translation>◀ Volver a {page}</translation>
    </message>
    <message>
        <source>Back to {page}</source>
        <translation>Volver a {page}</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>The interface is now in {language}: every page and dialog, the guide and the built-in frameworks&apos; look-fors. Nothing typed was lost.</source>
        <translation>La interfaz está ahora en {language}: cada página y diálogo, la guía y los indicadores de los marcos incluidos. No se perdió nada de lo escrito.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Walkthrough</source>
        <translation>Walkthrough</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Guide for this page</source>
        <translation>Guía de esta página</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>Configuración inicial</translation>
    </message>
    <message>
        <source>Walkthroughs</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Peer visits</source>
        <translation>Visitas entre pares</translation>
    </message>
    <message>
        <source>Visit schedule</source>
        <translation>Calendario de visitas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>Historial de visitas</translation>
    </message>
    <message>
        <source>Shared with coaches</source>
        <translation>Visitas compartidas</translation>
    </message>
    <message>
        <source>School directory</source>
        <translation>Directorio escolar</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>{title} page</source>
        <translation>Página {title}</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Cambios aún sin guardar</translation>
    </message>
    <message>
        <source>Some edits from last time could not be read: {why}.</source>
        <translation>Algunos cambios de la última vez no se pudieron leer: {why}.</translation>
    </message>
    <message>
        <source>1 change typed before the app last closed is not saved yet ({why}); nothing is lost: it is kept and saved as soon as the database takes it.</source>
        <translation>1 cambio escrito antes de que la aplicación se cerrara aún no está guardado ({why}); no se pierde nada: se conserva y se guarda en cuanto la base de datos lo acepte.</translation>
    </message>
    <message>
        <source>{n} changes typed before the app last closed are not saved yet ({why}); nothing is lost: they are kept and saved as soon as the database takes them.</source>
        <translation>{n} cambios escritos antes de que la aplicación se cerrara aún no están guardados ({why}); no se pierde nada: se conservan y se guardan en cuanto la base de datos los acepte.</translation>
    </message>
    <message>
        <source>The change typed just before the app last closed was saved.</source>
        <translation>Se guardó el cambio escrito justo antes de que la aplicación se cerrara.</translation>
    </message>
    <message>
        <source>The {n} changes typed just before the app last closed were saved.</source>
        <translation>Se guardaron los {n} cambios escritos justo antes de que la aplicación se cerrara.</translation>
    </message>
    <message>
        <source>1 change is not saved yet: {why}. Nothing is lost: it is kept and saved as soon as the database takes it.</source>
        <translation>1 cambio aún no está guardado: {why}. No se pierde nada: se conserva y se guarda en cuanto la base de datos lo acepte.</translation>
    </message>
    <message>
        <source>{n} changes are not saved yet: {why}. Nothing is lost: they are kept and saved as soon as the database takes them.</source>
        <translation>{n} cambios aún no están guardados: {why}. No se pierde nada: se conservan y se guardan en cuanto la base de datos los acepte.</translation>
    </message>
    <message>
        <source>Some built-in framework files could not be installed; the others are ready to use.</source>
        <translation>Algunos archivos de marcos incluidos no se pudieron instalar; los demás están listos para usar.</translation>
    </message>
</context>
<context>
    <name>PendingWrites</name>
    <message>
        <source>an unexpected error (the details are in the log in the data folder)</source>
        <extracomment>How long an action from the window waits for another program&apos;s write lock before the edit is kept waiting instead (the window is frozen meanwhile). How often waiting edits are tried again.</extracomment>
        <translation>un error inesperado (los detalles están en el registro de la carpeta de datos)</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Building summary (PDF)</source>
        <translation>Resumen de la escuela (PDF)</translation>
    </message>
    <message>
        <source>Coach compilation (PDF)</source>
        <translation>Compilación para coaches (PDF)</translation>
    </message>
    <message>
        <source>Visits and responses (CSV)</source>
        <translation>Visitas y respuestas (CSV)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>A building summary for one school, a compilation for several schools or a PLC team, or every visit&apos;s responses as a spreadsheet. Private peer visits are never in them; groups of fewer than 5 visits say “too few visits”.</source>
        <translation>Un resumen de una escuela, una compilación de varias escuelas o de un equipo de PLC, o las respuestas de cada visita como hoja de cálculo. Las visitas entre pares privadas nunca aparecen; los grupos de menos de 5 visitas dicen “muy pocas visitas”.</translation>
    </message>
    <message>
        <source>Who makes reports</source>
        <translation>Quién hace informes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>PLC team</source>
        <translation>Equipo de PLC</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Período</translation>
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
        <source>to</source>
        <translation>a</translation>
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
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Grade band, subject</source>
        <translation>Nivel de grado, materia</translation>
    </message>
    <message>
        <source>Make the report…</source>
        <translation>Hacer el informe…</translation>
    </message>
    <message>
        <source>Choose where to save it and make it</source>
        <translation>Elegir dónde guardarlo y hacerlo</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>Open the file just made</source>
        <translation>Abrir el archivo recién hecho</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>%v pages</source>
        <translation>%v páginas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Todas las escuelas</translation>
    </message>
    <message>
        <source>Every framework</source>
        <translation>Todos los marcos</translation>
    </message>
    <message>
        <source>Every grade band</source>
        <translation>Todos los niveles de grado</translation>
    </message>
    <message>
        <source>Every subject</source>
        <translation>Todas las materias</translation>
    </message>
    <message>
        <source>Every observer</source>
        <translation>Todos los observadores</translation>
    </message>
    <message>
        <source>No team: every teacher</source>
        <translation>Sin equipo: todos los docentes</translation>
    </message>
    <message>
        <source>Choose the dates</source>
        <translation>Elegir las fechas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>choose one school for a building summary</source>
        <translation>elija una escuela para un resumen de la escuela</translation>
    </message>
    <message>
        <source>the last day is before the first</source>
        <translation>el último día es anterior al primero</translation>
    </message>
    <message>
        <source>%v visits</source>
        <translation>%v visitas</translation>
    </message>
    <message>
        <source>Making %1…</source>
        <translation>Haciendo %1…</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Se guardó %1 (%2).</translation>
    </message>
    <message>
        <source>Not made: %1.</source>
        <translation>No se hizo: %1.</translation>
    </message>
</context>
<context>
    <name>RoundSummaryModel</name>
    <message>
        <source>Visited</source>
        <translation>Visitada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Sin visitar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
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
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Time in room</source>
        <translation>Tiempo en el aula</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marcados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Visit schedule and substitute cover</source>
        <translation>Calendario de visitas y cobertura de suplentes</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Show the previous week</source>
        <translation>Mostrar la semana anterior</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Show this week</source>
        <translation>Mostrar esta semana</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Show the next week</source>
        <translation>Mostrar la semana siguiente</translation>
    </message>
    <message>
        <source>The week shown</source>
        <translation>La semana mostrada</translation>
    </message>
    <message>
        <source>Export the week for calendars (.ics)…</source>
        <translation>Exportar la semana para calendarios (.ics)…</translation>
    </message>
    <message>
        <source>Export this week as a calendar file</source>
        <translation>Exportar esta semana como archivo de calendario</translation>
    </message>
    <message>
        <source>Who visits whom and when, so that cover can be arranged. A visit&apos;s focus and notes are never shown here; the calendar file carries a focus only when the host has shared it.</source>
        <translation>Quién visita a quién y cuándo, para organizar la cobertura. El enfoque y las notas de una visita nunca se muestran aquí; el archivo de calendario lleva un enfoque solo si el docente anfitrión lo compartió.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>Visits on {day}</source>
        <translation>Visitas del {day}</translation>
    </message>
    <message>
        <source>Cover for the selected visit</source>
        <translation>Cobertura de la visita elegida</translation>
    </message>
    <message>
        <source>People booked twice at once</source>
        <translation>Personas con dos citas a la vez</translation>
    </message>
    <message>
        <source>Booked twice</source>
        <translation>Con dos citas</translation>
    </message>
    <message>
        <source>Classes that still need a substitute</source>
        <translation>Clases que aún necesitan suplente</translation>
    </message>
    <message>
        <source>Needs a substitute</source>
        <translation>Necesita suplente</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Substitutes this week</source>
        <translation>Suplentes esta semana</translation>
    </message>
    <message>
        <source>Substitutes</source>
        <translation>Suplentes</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Nobody is booked twice.</source>
        <translation>Nadie tiene dos citas a la vez.</translation>
    </message>
    <message>
        <source>{day} {time}: {person}&apos;s class</source>
        <translation>{day} {time}: clase de {person}</translation>
    </message>
    <message>
        <source>Every class that needs cover has a substitute.</source>
        <translation>Cada clase que necesita cobertura tiene suplente.</translation>
    </message>
    <message>
        <source>another school</source>
        <translation>otra escuela</translation>
    </message>
    <message>
        <source>no visitor yet</source>
        <translation>aún sin visitante</translation>
    </message>
    <message>
        <source>⚠ Needs a substitute</source>
        <translation>⚠ Necesita suplente</translation>
    </message>
    <message>
        <source>Cover: {people}</source>
        <translation>Cobertura: {people}</translation>
    </message>
    <message>
        <source>Not agreed by the host yet</source>
        <translation>El docente anfitrión aún no la aceptó</translation>
    </message>
    <message>
        <source>⚠ Someone is booked twice</source>
        <translation>⚠ Alguien tiene dos citas a la vez</translation>
    </message>
    <message>
        <source>⚠ {person} is booked twice on {day}: {first} ({first_role}) and {second} ({second_role})</source>
        <translation>⚠ {person} tiene dos citas el {day}: {first} ({first_role}) y {second} ({second_role})</translation>
    </message>
    <message>
        <source>host</source>
        <translation>anfitrión</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visitante</translation>
    </message>
    <message>
        <source>substitute</source>
        <translation>suplente</translation>
    </message>
    <message>
        <source>{person}: free all week</source>
        <translation>{person}: libre toda la semana</translation>
    </message>
    <message>
        <source>{day} {time} {person}&apos;s class</source>
        <translation>{day} {time} clase de {person}</translation>
    </message>
    <message>
        <source>No substitutes in the directory.</source>
        <translation>No hay suplentes en el directorio.</translation>
    </message>
    <message>
        <source>Export the week as a calendar file</source>
        <translation>Exportar la semana como archivo de calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Not exported: {why}.</source>
        <translation>No se exportó: {why}.</translation>
    </message>
    <message>
        <source>Exported to {path}: calendar programs can import it.</source>
        <translation>Se exportó a {path}: los programas de calendario pueden importarlo.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Saved as you choose, on this device ({where}).</source>
        <translation>Se guarda al elegir, en este dispositivo ({where}).</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Elegir otra carpeta de datos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Walkthroughs use</source>
        <translation>Los recorridos usan</translation>
    </message>
    <message>
        <source>Peer visits use</source>
        <translation>Las visitas entre pares usan</translation>
    </message>
    <message>
        <source>Default framework for walkthroughs</source>
        <translation>Marco predeterminado para los recorridos</translation>
    </message>
    <message>
        <source>Default framework for peer visits</source>
        <translation>Marco predeterminado para las visitas entre pares</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>{label}: note</source>
        <translation>{label}: nota</translation>
    </message>
    <message>
        <source>This start was given its data folder (--data-dir or WALKTHROUGH_DATA_DIR), which wins over the folder chosen here.</source>
        <translation>Este inicio recibió su carpeta de datos (--data-dir o WALKTHROUGH_DATA_DIR), que tiene prioridad sobre la carpeta elegida aquí.</translation>
    </message>
    <message>
        <source>A new folder takes effect the next time Walkthrough starts.</source>
        <translation>Una carpeta nueva se usa a partir del próximo inicio de Walkthrough.</translation>
    </message>
    <message>
        <source>Every page and dialog, the guide (Help, F1) and the built-in frameworks&apos; look-fors use this language; a change takes effect at once.</source>
        <translation>Cada página y diálogo, la guía (Ayuda, F1) y los indicadores de los marcos incluidos usan este idioma; un cambio se aplica de inmediato.</translation>
    </message>
    <message>
        <source>The first in the list</source>
        <translation>El primero de la lista</translation>
    </message>
    <message>
        <source>A new round starts with this framework; it can still be changed there.</source>
        <translation>Una ronda nueva empieza con este marco; todavía se puede cambiar allí.</translation>
    </message>
    <message>
        <source>A new peer visit is planned with this framework; it can still be changed there.</source>
        <translation>Una visita entre pares nueva se planifica con este marco; todavía se puede cambiar allí.</translation>
    </message>
    <message>
        <source>No sync folder yet</source>
        <translation>Aún sin carpeta de sincronización</translation>
    </message>
    <message>
        <source>The folder every device shares; the same setting as on the Sync page.</source>
        <translation>La carpeta que comparten todos los dispositivos; la misma opción que en la página Sincronizar.</translation>
    </message>
    <message>
        <source>A backup is made every day the app is used, and before a restore.</source>
        <translation>Se hace una copia de seguridad cada día que se usa la aplicación, y antes de una restauración.</translation>
    </message>
    <message>
        <source>The data folder</source>
        <translation>La carpeta de datos</translation>
    </message>
    <message>
        <source>Saved: Walkthrough opens {folder} from the next start (this window keeps the folder it opened). A folder with no data in it starts a new setup there.</source>
        <translation>Guardado: Walkthrough abre {folder} desde el próximo inicio (esta ventana conserva la carpeta que abrió). Una carpeta sin datos empieza allí una configuración nueva.</translation>
    </message>
    <message>
        <source>the first in the list</source>
        <translation>el primero de la lista</translation>
    </message>
    <message>
        <source>Saved: {title}.</source>
        <translation>Guardado: {title}.</translation>
    </message>
    <message>
        <source>The folder every device shares</source>
        <translation>La carpeta que comparten todos los dispositivos</translation>
    </message>
    <message>
        <source>Not changed: {why}.</source>
        <translation>No se cambió: {why}.</translation>
    </message>
    <message>
        <source>Saved: every start, every finished round and Sync now sync through it.</source>
        <translation>Guardado: cada inicio, cada ronda terminada y Sincronizar ahora sincronizan a través de ella.</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>La carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Saved: the next backup goes to {folder}.</source>
        <translation>Guardado: la próxima copia de seguridad va a {folder}.</translation>
    </message>
    <message>
        <source>Not changed: {folder} cannot be written ({why}).</source>
        <translation>No se cambió: no se puede escribir en {folder} ({why}).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>la carpeta</translation>
    </message>
</context>
<context>
    <name>SharedVisitsPage</name>
    <message>
        <source>Noticed</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Wondered</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia sobre el enfoque</translation>
    </message>
    <message>
        <source>{day} · {host} hosted {visitors}</source>
        <translation>{day} · {host} recibió a {visitors}</translation>
    </message>
    <message>
        <source>a visitor</source>
        <translation>un visitante</translation>
    </message>
    <message>
        <source>Focus: {focus}</source>
        <translation>Enfoque: {focus}</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(sin escribir)</translation>
    </message>
    <message>
        <source>min {minute}: </source>
        <translation>min {minute}: </translation>
    </message>
    <message>
        <source>The host&apos;s reflection: {text}</source>
        <translation>Reflexión del docente anfitrión: {text}</translation>
    </message>
    <message>
        <source>Next step: {text}</source>
        <translation>Próximo paso: {text}</translation>
    </message>
    <message>
        <source>Shared with coaches</source>
        <translation>Visitas compartidas con los coaches</translation>
    </message>
    <message>
        <source>What your role cannot do here</source>
        <translation>Lo que su rol no puede hacer aquí</translation>
    </message>
    <message>
        <source>How many shared visits</source>
        <translation>Cuántas visitas compartidas</translation>
    </message>
    <message>
        <source>Shared peer visits by focus</source>
        <translation>Visitas entre pares compartidas, por enfoque</translation>
    </message>
    <message>
        <source>Focus and visit</source>
        <translation>Enfoque y visita</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The shared visit&apos;s notes</source>
        <translation>Las notas de la visita compartida</translation>
    </message>
    <message>
        <source>Peer visits belong to their host and visitors; a host may share one with coaches.</source>
        <translation>Las visitas entre pares pertenecen a su docente anfitrión y a sus visitantes; el anfitrión puede compartir una con los coaches.</translation>
    </message>
    <message numerus="yes">
        <source>%n focus(es)</source>
        <translation>
            <numerusform>%n enfoque</numerusform>
            <numerusform>%n enfoques</numerusform>
        </translation>
    </message>
    <message>
        <source>{visits} in {groups}. Descriptive notes only: peer visits are never scored or counted in blast figures.</source>
        <translation>{visits} en {groups}. Solo notas descriptivas: las visitas entre pares nunca se puntúan ni se cuentan en las cifras de los recorridos.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared peer visit(s)</source>
        <translation>
            <numerusform>%n visita entre pares compartida</numerusform>
            <numerusform>%n visitas entre pares compartidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No host has shared a peer visit with coaches yet.</source>
        <translation>Ningún docente anfitrión ha compartido todavía una visita entre pares con los coaches.</translation>
    </message>
    <message>
        <source>Choose a visit to read its notes.</source>
        <translation>Elija una visita para leer sus notas.</translation>
    </message>
</context>
<context>
    <name>Starter</name>
    <message>
        <source>SQLite&apos;s check found damage in the database ({why}). What can be read is shown; restore the last good backup from the Backups page before recording more.</source>
        <translation>La revisión de SQLite encontró daños en la base de datos ({why}). Se muestra lo que se puede leer; restaure la última copia buena desde la página Copias de seguridad antes de registrar más.</translation>
    </message>
    <message>
        <source>The built-in frameworks could not be installed this time: {why}</source>
        <translation>Esta vez no se pudieron instalar los marcos incluidos: {why}</translation>
    </message>
    <message>
        <source>This data was last opened by Walkthrough {version}, which is newer than this copy. It opens normally; update this copy when you can.</source>
        <translation>Estos datos se abrieron por última vez con Walkthrough {version}, más reciente que esta copia. Se abren con normalidad; actualice esta copia cuando pueda.</translation>
    </message>
    <message>
        <source>The file that could not be opened is kept, unchanged, as {file}.</source>
        <translation>El archivo que no se pudo abrir se conserva, sin cambios, como {file}.</translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation>Se restauró la copia de seguridad del {when}.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {why}</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: {why}</translation>
    </message>
    <message>
        <source>The backup was restored; the data as it was before is kept as a backup too.</source>
        <translation>Se restauró la copia de seguridad; los datos tal como estaban antes también se conservan como copia.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>Exportar a un archivo…</translation>
    </message>
    <message>
        <source>Export everything to a bundle file</source>
        <translation>Exportar todo a un archivo de paquete</translation>
    </message>
    <message>
        <source>Import bundle files…</source>
        <translation>Importar paquetes…</translation>
    </message>
    <message>
        <source>Import bundle files</source>
        <translation>Importar archivos de paquete</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync now with the shared folder</source>
        <translation>Sincronizar ahora con la carpeta compartida</translation>
    </message>
    <message>
        <source>Records travel between this device and the others through a shared folder (OneDrive, SharePoint, a network share or a USB stick). Private peer visits travel sealed: only their host and visitor can read them.</source>
        <translation>Los registros viajan entre este dispositivo y los demás a través de una carpeta compartida (OneDrive, SharePoint, una carpeta de red o una memoria USB). Las visitas entre pares privadas viajan selladas: solo su docente anfitrión y su visitante pueden leerlas.</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Detalles de la sincronización</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>Informes de importación</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>Nombre de este dispositivo</translation>
    </message>
    <message>
        <source>a name others will see, e.g. Office tablet</source>
        <translation>un nombre que verán los demás, p. ej. Tableta de la oficina</translation>
    </message>
    <message>
        <source>Waiting to go out</source>
        <translation>Pendiente de enviar</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avance de la sincronización</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <source>The same school, room or person typed on two devices. Choose the entry to keep; the others&apos; rooms, visits and plans move to it, on every device.</source>
        <translation>La misma escuela, aula o persona escrita en dos dispositivos. Elija la entrada que se conserva; las aulas, visitas y planes de las otras pasan a ella, en todos los dispositivos.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>The entry to keep</source>
        <translation>La entrada que se conserva</translation>
    </message>
    <message>
        <source>Merge the others into it</source>
        <translation>Fusionar las otras en ella</translation>
    </message>
    <message>
        <source>Merge the duplicates into the chosen entry</source>
        <translation>Fusionar los duplicados en la entrada elegida</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Lo que trajo</translation>
    </message>
    <message>
        <source>No folder chosen yet: choose the folder every device shares.</source>
        <translation>Aún no se eligió una carpeta: elija la carpeta que comparten todos los dispositivos.</translation>
    </message>
    <message>
        <source>Nothing: every change made here is in the folder.</source>
        <translation>Nada: cada cambio hecho aquí está en la carpeta.</translation>
    </message>
    <message>
        <source>Never synced on this device.</source>
        <translation>Nunca se sincronizó en este dispositivo.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>deleted on one device, changed on another</source>
        <translation>eliminado en un dispositivo, cambiado en otro</translation>
    </message>
    <message>
        <source>changed on two devices: {fields}</source>
        <translation>cambiado en dos dispositivos: {fields}</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Conflictos ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates ({n})</source>
        <translation>Posibles duplicados ({n})</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>No se cambió</translation>
    </message>
    <message>
        <source>The folder every device shares</source>
        <translation>La carpeta que comparten todos los dispositivos</translation>
    </message>
    <message>
        <source>Export to a bundle file</source>
        <translation>Exportar a un archivo de paquete</translation>
    </message>
    <message>
        <source>Walkthrough bundles (*.zip)</source>
        <translation>Paquetes de Walkthrough (*.zip)</translation>
    </message>
    <message>
        <source>Name not changed</source>
        <translation>El nombre no se cambió</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>No se fusionó</translation>
    </message>
    <message>
        <source>Bundle {done} of {total}</source>
        <translation>Paquete {done} de {total}</translation>
    </message>
    <message>
        <source>Refused: {why}</source>
        <translation>Rechazado: {why}</translation>
    </message>
    <message>
        <source>Sync did not run: {why}</source>
        <translation>La sincronización no se hizo: {why}</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Wrote {file} ({n} records)</source>
        <translation>Se escribió {file} ({n} registros)</translation>
    </message>
    <message>
        <source>Synced with the folder</source>
        <translation>Sincronizado con la carpeta</translation>
    </message>
    <message>
        <source>Syncing with the folder…</source>
        <translation>Sincronizando con la carpeta…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} records, {sealed} sealed parts</source>
        <translation>Se escribió {file}: {n} registros, {sealed} partes selladas</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Se exportó a {path}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n fusionado</numerusform>
            <numerusform>%n fusionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n retenido</numerusform>
            <numerusform>%n retenidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n escuela</numerusform>
            <numerusform>%n escuelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n aula</numerusform>
            <numerusform>%n aulas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PLC team(s)</source>
        <translation>
            <numerusform>%n equipo de PLC</numerusform>
            <numerusform>%n equipos de PLC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PLC team member(s)</source>
        <translation>
            <numerusform>%n miembro de equipo de PLC</numerusform>
            <numerusform>%n miembros de equipos de PLC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile key(s)</source>
        <translation>
            <numerusform>%n clave de perfil</numerusform>
            <numerusform>%n claves de perfil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s)</source>
        <translation>
            <numerusform>%n fusión</numerusform>
            <numerusform>%n fusiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n ruta</numerusform>
            <numerusform>%n rutas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n ronda</numerusform>
            <numerusform>%n rondas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) of a round</source>
        <translation>
            <numerusform>%n parada de una ronda</numerusform>
            <numerusform>%n paradas de rondas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) for a whole round</source>
        <translation>
            <numerusform>%n respuesta para toda una ronda</numerusform>
            <numerusform>%n respuestas para rondas completas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer visit(s)</source>
        <translation>
            <numerusform>%n visita entre pares</numerusform>
            <numerusform>%n visitas entre pares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) of a peer visit</source>
        <translation>
            <numerusform>%n visitante de una visita entre pares</numerusform>
            <numerusform>%n visitantes de visitas entre pares</numerusform>
        </translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>PLC team</source>
        <translation>Equipo de PLC</translation>
    </message>
    <message>
        <source>Member of a PLC team</source>
        <translation>Miembro de un equipo de PLC</translation>
    </message>
    <message>
        <source>Profile key</source>
        <translation>Clave de perfil</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Stop of a round</source>
        <translation>Parada de una ronda</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Answer for a whole round</source>
        <translation>Respuesta para toda la ronda</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Peer visit</source>
        <translation>Visita entre pares</translation>
    </message>
    <message>
        <source>Visitor of a peer visit</source>
        <translation>Visitante de una visita entre pares</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
</context>
<context>
    <name>VisitHistoryPage</name>
    <message>
        <source>Visit history</source>
        <translation>Historial de visitas</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Todas las visitas</translation>
    </message>
    <message>
        <source>Blast walkthroughs</source>
        <translation>Visitas breves al aula (recorridos)</translation>
    </message>
    <message>
        <source>Peer visits (yours)</source>
        <translation>Visitas entre pares (las suyas)</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>Search the notes…</source>
        <translation>Buscar en las notas…</translation>
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
        <source>What happened to the feedback PDF</source>
        <translation>Qué pasó con el PDF de retroalimentación</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The visits could not be read: {why}</source>
        <translation>No se pudieron leer las visitas: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) (the newest {shown} shown: narrow the filters or search to see others)</source>
        <translation>
            <numerusform>%n visita (se muestran las {shown} más recientes: ajuste los filtros o busque para ver otras)</numerusform>
            <numerusform>%n visitas (se muestran las {shown} más recientes: ajuste los filtros o busque para ver otras)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
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
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marcados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónima</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
</context>
<context>
    <name>WalkthroughsPage</name>
    <message>
        <source>Round in progress</source>
        <translation>Ronda en curso</translation>
    </message>
    <message>
        <source>Finish that round</source>
        <translation>Terminar esa ronda</translation>
    </message>
    <message>
        <source>Finish the round in progress</source>
        <translation>Terminar la ronda en curso</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Visitas de hoy</translation>
    </message>
    <message>
        <source>Who sees today&apos;s visits</source>
        <translation>Quién ve las visitas de hoy</translation>
    </message>
    <message>
        <source>Open / edit</source>
        <translation>Abrir / editar</translation>
    </message>
    <message>
        <source>Open the chosen visit to review or edit it</source>
        <translation>Abrir la visita elegida para revisarla o editarla</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the chosen visit</source>
        <translation>Eliminar la visita elegida</translation>
    </message>
    <message>
        <source>A round is in progress and every room on its route is done: finish it to see its summary, or open a visit below to edit it.</source>
        <translation>Hay una ronda en curso y todas las aulas de su ruta están hechas: termínela para ver su resumen, o abra una visita abajo para editarla.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>{walker} is walking a round on this device. It goes on when {walker} chooses their profile again; an administrator can also finish it.</source>
        <translation>{walker} está haciendo una ronda en este dispositivo. Continúa cuando {walker} vuelva a elegir su perfil; un administrador también puede terminarla.</translation>
    </message>
    <message>
        <source>Choose your profile to see today&apos;s visits.</source>
        <translation>Elija su perfil para ver las visitas de hoy.</translation>
    </message>
    <message>
        <source>Delete this visit?</source>
        <translation>¿Eliminar esta visita?</translation>
    </message>
    <message>
        <source>Delete the visit to {room}? It will no longer be counted.</source>
        <translation>¿Eliminar la visita a {room}? Ya no se contará.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>No se terminó</translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation>Resumen de la ronda</translation>
    </message>
    <message>
        <source>Rooms of the round</source>
        <translation>Aulas de la ronda</translation>
    </message>
    <message>
        <source>Back to walkthroughs</source>
        <translation>Volver a los recorridos</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) visited</source>
        <translation>
            <numerusform>%n aula visitada</numerusform>
            <numerusform>%n aulas visitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reached</source>
        <translation>
            <numerusform>%n sin visitar</numerusform>
            <numerusform>%n sin visitar</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} in classrooms</source>
        <translation>{time} en las aulas</translation>
    </message>
    <message>
        <source>{time} a room on average</source>
        <translation>{time} por aula en promedio</translation>
    </message>
</context>
</TS>

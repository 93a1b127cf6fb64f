<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DashboardPage</name>
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
        <translation>{n} respondieron</translation>
    </message>
    <message>
        <source>{answered} ({too_few})</source>
        <translation>{answered} ({too_few})</translation>
    </message>
    <message>
        <source> · mean {mean}</source>
        <translation> · media {mean}</translation>
    </message>
    <message>
        <source>mean {mean} over {n} visits</source>
        <translation>media {mean} en {n} visitas</translation>
    </message>
    <message>
        <source>minute {minute}: {label} {share}% ({minutes} minutes)</source>
        <translation>minuto {minute}: {label} {share}% ({minutes} minutos)</translation>
    </message>
    <message>
        <source>min {minute}: {mean}</source>
        <translation>min {minute}: {mean}</translation>
    </message>
    <message>
        <source>written in {written} of {visits} visits</source>
        <translation>escrito en {written} de {visits} visitas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>What your role cannot do here</source>
        <translation>Lo que su rol no puede hacer aquí</translation>
    </message>
    <message>
        <source>What the figures cover</source>
        <translation>Lo que abarcan las cifras</translation>
    </message>
    <message>
        <source>Dashboard views</source>
        <translation>Vistas del panel</translation>
    </message>
    <message>
        <source>Look-fors</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Look-for</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>In the filtered visits</source>
        <translation>En las visitas filtradas</translation>
    </message>
    <message>
        <source>Share of classrooms</source>
        <translation>Porcentaje de aulas</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Heatmap columns</source>
        <translation>Columnas del mapa de calor</translation>
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
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Not visited in the last</source>
        <translation>Sin visita en los últimos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>Días sin visita</translation>
    </message>
    <message>
        <source>Rooms not visited</source>
        <translation>Aulas sin visita</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Teachers not visited</source>
        <translation>Docentes sin visita</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Balance of visits</source>
        <translation>Equilibrio de visitas</translation>
    </message>
    <message>
        <source>Of the filtered visits</source>
        <translation>De las visitas filtradas</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Which periods are compared</source>
        <translation>Qué períodos se comparan</translation>
    </message>
    <message>
        <source>Change between two periods</source>
        <translation>Cambio entre dos períodos</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Look-fors by tag</source>
        <translation>Indicadores por etiqueta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Observed, of the tag&apos;s answers</source>
        <translation>Observado, de las respuestas de la etiqueta</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Por etiqueta</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The figures could not be counted: {exc}</source>
        <translation>No se pudieron contar las cifras: {exc}</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Todas las escuelas</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>todo el tiempo</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message numerus="yes">
        <source>%n blast visit(s)</source>
        <translation>
            <numerusform>%n visita breve</numerusform>
            <numerusform>%n visitas breves</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}, {when}: {visits}</source>
        <translation>{where}, {when}: {visits}</translation>
    </message>
    <message>
        <source> ({too_few} for shares)</source>
        <translation> ({too_few} para porcentajes)</translation>
    </message>
    <message>
        <source>{title} · {visits}</source>
        <translation>{title} · {visits}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>media {mean}</translation>
    </message>
    <message>
        <source> · {label}: {n} of {scored}</source>
        <translation> · {label}: {n} de {scored}</translation>
    </message>
    <message>
        <source>Score: {title}</source>
        <translation>Puntuación: {title}</translation>
    </message>
    <message>
        <source>{scored} scored: {shown}</source>
        <translation>{scored} con puntuación: {shown}</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Rooms not visited in {days} days ({n})</source>
        <translation>Aulas sin visita en {days} días ({n})</translation>
    </message>
    <message>
        <source>Teachers not visited in {days} days ({n})</source>
        <translation>Docentes sin visita en {days} días ({n})</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Choose a term in Dates to compare it with the term before.</source>
        <translation>Elija un período en Fechas para compararlo con el período anterior.</translation>
    </message>
    <message>
        <source>{before} against {after}: a change is marked only when its 95% interval excludes zero.</source>
        <translation>{before} frente a {after}: un cambio se marca solo cuando su intervalo del 95 % excluye el cero.</translation>
    </message>
    <message>
        <source>{difference} points ({low} to {high})</source>
        <translation>{difference} puntos ({low} a {high})</translation>
    </message>
    <message>
        <source>  changed</source>
        <translation>  cambió</translation>
    </message>
    <message>
        <source>  no clear change</source>
        <translation>  sin cambio claro</translation>
    </message>
    <message>
        <source>{tag}: the visits where one of its look-fors was observed</source>
        <translation>{tag}: las visitas en que se observó uno de sus indicadores</translation>
    </message>
    <message>
        <source>{prompt}: the visits where it was observed</source>
        <translation>{prompt}: las visitas en que se observó</translation>
    </message>
    <message>
        <source>{prompt}: the visits where it was answered</source>
        <translation>{prompt}: las visitas en que se respondió</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>◀ My visits</source>
        <translation>◀ Mis visitas</translation>
    </message>
    <message>
        <source>Back to my peer visits</source>
        <translation>Volver a mis visitas entre pares</translation>
    </message>
    <message>
        <source>The host&apos;s focus</source>
        <translation>El enfoque del docente anfitrión</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Notas de</translation>
    </message>
    <message>
        <source>Whose notes to show</source>
        <translation>De quién mostrar las notas</translation>
    </message>
    <message>
        <source>The visitor&apos;s notes</source>
        <translation>Las notas del visitante</translation>
    </message>
    <message>
        <source>Export these notes as a text file…</source>
        <translation>Exportar las notas como texto…</translation>
    </message>
    <message>
        <source>Export these notes as a text file</source>
        <translation>Exportar estas notas como archivo de texto</translation>
    </message>
    <message>
        <source>Reflection: what did the notes show you?</source>
        <translation>Reflexión: ¿qué le mostraron las notas?</translation>
    </message>
    <message>
        <source>The host&apos;s reflection</source>
        <translation>La reflexión del docente anfitrión</translation>
    </message>
    <message>
        <source>Next step: one thing to try or to look at again</source>
        <translation>Próximo paso: algo para probar o para volver a mirar</translation>
    </message>
    <message>
        <source>The host&apos;s next step</source>
        <translation>El próximo paso del docente anfitrión</translation>
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
        <source>this visit belongs to its host and visitors</source>
        <translation>esta visita es de su docente anfitrión y sus visitantes</translation>
    </message>
    <message>
        <source>After the visit to {host}&apos;s class, {day}</source>
        <translation>Después de la visita a la clase de {host}, {day}</translation>
    </message>
    <message>
        <source>{host}&apos;s focus: {focus}</source>
        <translation>Enfoque de {host}: {focus}</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(no se escribió)</translation>
    </message>
    <message>
        <source>Your debrief</source>
        <translation>Su conversación posterior</translation>
    </message>
    <message>
        <source>{host}&apos;s debrief (only {host} writes it)</source>
        <translation>Conversación posterior de {host} (solo {host} la escribe)</translation>
    </message>
    <message>
        <source>Shared by {who} on {day}. Never counted in walkthrough dashboards or reports.</source>
        <translation>Compartida por {who} el {day}. Nunca se cuenta en los paneles ni en los informes de recorridos.</translation>
    </message>
    <message>
        <source>Private: only {host} and the visitors see the focus, the notes and this debrief.</source>
        <translation>Privada: solo {host} y los visitantes ven el enfoque, las notas y esta conversación posterior.</translation>
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
        <source>No notes yet: a visitor&apos;s notes show here once they start them.</source>
        <translation>Todavía no hay notas: las notas de un visitante aparecen aquí en cuanto las empieza.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>None marked</source>
        <translation>Ninguno marcado</translation>
    </message>
    <message>
        <source>Look-fors seen</source>
        <translation>Indicadores observados</translation>
    </message>
    <message>
        <source>min {minute}</source>
        <translation>min {minute}</translation>
    </message>
    <message>
        <source>Not changed: {why}.</source>
        <translation>No se cambió: {why}.</translation>
    </message>
    <message>
        <source>Export the visit notes</source>
        <translation>Exportar las notas de la visita</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Not exported: {why}.</source>
        <translation>No se exportó: {why}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Se exportó a {path}.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>General</source>
        <extracomment>Offered in the subject field (free text: a school types its own); shown in the interface&apos;s language.</extracomment>
        <translation>General</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>Matemáticas</translation>
    </message>
    <message>
        <source>English language arts</source>
        <translation>Artes del lenguaje en inglés</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Ciencias</translation>
    </message>
    <message>
        <source>Social studies</source>
        <translation>Estudios sociales</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Arte</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Physical education</source>
        <translation>Educación física</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Special education</source>
        <translation>Educación especial</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nombre del aula</translation>
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
        <source>School directory</source>
        <translation>Directorio escolar</translation>
    </message>
    <message>
        <source>The rooms of each school, who teaches in them, and everyone who walks, visits or covers. Changes are saved as you make them.</source>
        <translation>Las aulas de cada escuela, quién enseña en ellas y todas las personas que hacen recorridos, visitan o suplen. Los cambios se guardan al hacerlos.</translation>
    </message>
    <message>
        <source>Who changes the directory</source>
        <translation>Quién cambia el directorio</translation>
    </message>
    <message>
        <source>Choose or add your profile</source>
        <translation>Elija o agregue su perfil</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>New school&apos;s name</source>
        <translation>Nombre de la nueva escuela</translation>
    </message>
    <message>
        <source>A new school&apos;s name</source>
        <translation>Escuela nueva</translation>
    </message>
    <message>
        <source>Add school</source>
        <translation>Agregar escuela</translation>
    </message>
    <message>
        <source>Add the school</source>
        <translation>Agregar la escuela</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>Importar una lista…</translation>
    </message>
    <message>
        <source>Import rooms and teachers from a file</source>
        <translation>Importar aulas y docentes desde un archivo</translation>
    </message>
    <message>
        <source>A spreadsheet (.xlsx or .csv) of rooms and teachers; import it again when it changes.</source>
        <translation>Una hoja de cálculo (.xlsx o .csv) de aulas y docentes; impórtela de nuevo cuando cambie.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Aulas</translation>
    </message>
    <message>
        <source>Rooms of the school</source>
        <translation>Aulas de la escuela</translation>
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
        <source>e.g. Room 104 · Grade 2</source>
        <translation>p. ej., Aula 104 · 2.º grado</translation>
    </message>
    <message>
        <source>Grade band</source>
        <translation>Nivel de grado</translation>
    </message>
    <message>
        <source>Teacher of the room</source>
        <translation>Docente del aula</translation>
    </message>
    <message>
        <source>The chosen room: saved or not</source>
        <translation>El aula elegida: guardada o no</translation>
    </message>
    <message>
        <source>Add as a new room</source>
        <translation>Agregar como aula nueva</translation>
    </message>
    <message>
        <source>Add the room</source>
        <translation>Agregar el aula</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>Aula nueva…</translation>
    </message>
    <message>
        <source>Clear the fields to add another room</source>
        <translation>Vaciar los campos para agregar otra aula</translation>
    </message>
    <message>
        <source>Remove room…</source>
        <translation>Quitar aula…</translation>
    </message>
    <message>
        <source>Remove the chosen room</source>
        <translation>Quitar el aula elegida</translation>
    </message>
    <message>
        <source>This directory has no administrator yet. Add yourself first: the first profile added is the administrator, who sets up the school, its rooms and people.</source>
        <translation>Este directorio aún no tiene administrador. Agréguese primero: el primer perfil agregado es el administrador, que configura la escuela, sus aulas y personas.</translation>
    </message>
    <message>
        <source> You can read it here.</source>
        <translation> Puede consultarlo aquí.</translation>
    </message>
    <message>
        <source>Start by adding your school: type its name above and tap Add school.</source>
        <translation>Empiece agregando su escuela: escriba su nombre arriba y toque Agregar escuela.</translation>
    </message>
    <message>
        <source>No teacher</source>
        <translation>Sin docente</translation>
    </message>
    <message>
        <source>The school was not added: {exc}.</source>
        <translation>La escuela no se agregó: {exc}.</translation>
    </message>
    <message>
        <source>Added {name}. Now add its rooms and people.</source>
        <translation>Se agregó {name}. Ahora agregue sus aulas y personas.</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Guardado: {name}.</translation>
    </message>
    <message>
        <source>The room was not added: {exc}.</source>
        <translation>El aula no se agregó: {exc}.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Se agregó {name}.</translation>
    </message>
    <message>
        <source>Remove this room?</source>
        <translation>¿Quitar esta aula?</translation>
    </message>
    <message>
        <source>Remove {name} from the directory? Past visits keep it.</source>
        <translation>¿Quitar {name} del directorio? Las visitas anteriores la conservan.</translation>
    </message>
    <message>
        <source>Not removed: {exc}.</source>
        <translation>No se quitó: {exc}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se quitó {name}.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Setup step</source>
        <translation>Paso de la configuración</translation>
    </message>
    <message>
        <source>Setup message</source>
        <translation>Mensaje de la configuración</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the step before</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Welcome to Walkthrough</source>
        <translation>Le damos la bienvenida a Walkthrough</translation>
    </message>
    <message>
        <source>Classroom walkthroughs and peer visits, offline, on this device. A few steps set up your school; everything can be changed later.</source>
        <translation>Recorridos por las aulas y visitas entre pares, sin conexión, en este dispositivo. Unos pocos pasos configuran su escuela; todo puede cambiarse después.</translation>
    </message>
    <message>
        <source>Set up my school</source>
        <translation>Configurar mi escuela</translation>
    </message>
    <message>
        <source>Your profile, your school, its rooms and teachers (from a spreadsheet or typed), and the frameworks you use.</source>
        <translation>Su perfil, su escuela, sus aulas y docentes (desde una hoja de cálculo o escritos aquí) y los marcos que usa.</translation>
    </message>
    <message>
        <source>Explore with the demo district</source>
        <translation>Explorar con el distrito de demostración</translation>
    </message>
    <message>
        <source>Two made-up schools with a term of walkthroughs and peer visits, to look around first. Use another data folder for your own school (Settings).</source>
        <translation>Dos escuelas ficticias con un período de recorridos y visitas entre pares, para conocer la aplicación primero. Use otra carpeta de datos para su propia escuela (Configuración).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>You are the first profile on this device, so you are its administrator: you set up the school, and later give others their roles (School directory).</source>
        <translation>Usted es el primer perfil en este dispositivo, así que es su administrador: configura la escuela y después asigna los roles a los demás (Directorio escolar).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, as colleagues know you</source>
        <translation>Su nombre, como lo conocen sus colegas</translation>
    </message>
    <message>
        <source>Your school</source>
        <translation>Su escuela</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Your district (optional)</source>
        <translation>Su distrito (opcional)</translation>
    </message>
    <message>
        <source>School&apos;s name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <source>e.g. Cedar Park Elementary</source>
        <translation>p. ej., Escuela Primaria Cedar Park</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>More schools can be added in School directory.</source>
        <translation>Puede agregar más escuelas en Directorio escolar.</translation>
    </message>
    <message>
        <source>The frameworks you use</source>
        <translation>Los marcos que usa</translation>
    </message>
    <message>
        <source>Which look-fors a walkthrough and a peer visit start with. Both can be changed for any round or visit, in Settings, and new frameworks made on the Frameworks page.</source>
        <translation>Con qué indicadores empiezan un recorrido y una visita entre pares. Ambos pueden cambiarse para cualquier ronda o visita, en Configuración, y se pueden crear marcos nuevos en la página Marcos.</translation>
    </message>
    <message>
        <source>Walkthroughs</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Framework for walkthroughs</source>
        <translation>Marco para recorridos</translation>
    </message>
    <message>
        <source>Peer visits</source>
        <translation>Visitas entre pares</translation>
    </message>
    <message>
        <source>Framework for peer visits</source>
        <translation>Marco para visitas entre pares</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>What was set up</source>
        <translation>Lo que se configuró</translation>
    </message>
    <message>
        <source>Step {index} of {total}</source>
        <translation>Paso {index} de {total}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Start a walkthrough</source>
        <translation>Empezar un recorrido</translation>
    </message>
    <message>
        <source>Add rooms in School directory</source>
        <translation>Agregar aulas en Directorio escolar</translation>
    </message>
    <message>
        <source>Not saved: {exc}.</source>
        <translation>No guardado: {exc}.</translation>
    </message>
    <message>
        <source>{school}: {rooms} and {teachers}, saved. {next} Everything here can be changed later in School directory and Settings.</source>
        <translation>{school}: {rooms} y {teachers}, guardados. {next} Todo esto puede cambiarse después en Directorio escolar y Configuración.</translation>
    </message>
    <message>
        <source>Start your first walkthrough: pick the rooms and walk.</source>
        <translation>Empiece su primer recorrido: elija las aulas y recorra.</translation>
    </message>
    <message>
        <source>Add the rooms in School directory (or import a roster there), then start a walkthrough.</source>
        <translation>Agregue las aulas en Directorio escolar (o importe allí una lista) y luego empiece un recorrido.</translation>
    </message>
    <message>
        <source>Making the demo district (two schools, a term of visits)… about half a minute.</source>
        <translation>Creando el distrito de demostración (dos escuelas, un período de visitas)… cerca de medio minuto.</translation>
    </message>
    <message>
        <source>The demo district could not be made: {exc}. Nothing of it was kept.</source>
        <translation>No se pudo crear el distrito de demostración: {exc}. No se conservó nada de él.</translation>
    </message>
</context>
<context>
    <name>FrameworkListModel</name>
    <message numerus="yes">
        <source>%n look-for(s)</source>
        <translation>
            <numerusform>%n indicador</numerusform>
            <numerusform>%n indicadores</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}
version {version} · {modes} · {count}</source>
        <translation>{title}
versión {version} · {modes} · {count}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{title} — version {version} — {modes}</source>
        <translation>{title} — versión {version} — {modes}</translation>
    </message>
    <message>
        <source>{title}, version {version}</source>
        <translation>{title}, versión {version}</translation>
    </message>
</context>
<context>
    <name>FrameworkModels</name>
    <message>
        <source>Presence (observed / not observed / N/A)</source>
        <translation>Presencia (observado / no observado / No aplica)</translation>
    </message>
    <message>
        <source>Frequency (none … all students)</source>
        <translation>Frecuencia (ningún … todos los estudiantes)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Choice (one of)</source>
        <translation>Opción (una de)</translation>
    </message>
    <message>
        <source>Multiple choice (any of)</source>
        <translation>Opción múltiple (cualquiera de)</translation>
    </message>
    <message>
        <source>Tally (counter)</source>
        <translation>Conteo (contador)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Text (evidence notes)</source>
        <translation>Texto (notas de evidencia)</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <source>blast</source>
        <translation>recorridos</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>entre pares</translation>
    </message>
    <message>
        <source>Rating: {levels}</source>
        <translation>Escala: {levels}</translation>
    </message>
    <message>
        <source>{kind}: {options}</source>
        <translation>{kind}: {options}</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>un conteo</translation>
    </message>
    <message>
        <source>Snapshot at minute {minutes}: {what}</source>
        <translation>Instantánea en el minuto {minutes}: {what}</translation>
    </message>
    <message>
        <source>Look-for</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>FrameworksPage</name>
    <message>
        <source>Frameworks</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>Who imports frameworks</source>
        <translation>Quién importa marcos</translation>
    </message>
    <message>
        <source>Import a framework file…</source>
        <translation>Importar un archivo de marco…</translation>
    </message>
    <message>
        <source>Import a framework file</source>
        <translation>Importar un archivo de marco</translation>
    </message>
    <message>
        <source>Installed frameworks</source>
        <translation>Marcos instalados</translation>
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
        <source>Sections and look-fors</source>
        <translation>Secciones e indicadores</translation>
    </message>
    <message>
        <source>Observable indicators of the chosen look-for</source>
        <translation>Indicadores observables del indicador elegido</translation>
    </message>
    <message>
        <source>Choose a look-for to read its observable indicators.</source>
        <translation>Elija un indicador para leer sus señales observables.</translation>
    </message>
    <message>
        <source>Frameworks are imported by administrators and coaches.</source>
        <translation>Los marcos los importan los administradores y los coaches.</translation>
    </message>
    <message>
        <source>blast walkthroughs</source>
        <translation>rondas de recorridos</translation>
    </message>
    <message>
        <source>peer visits</source>
        <translation>visitas entre pares</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>For {modes}</source>
        <translation>Para {modes}</translation>
    </message>
    <message>
        <source>about {minutes} minutes a visit</source>
        <translation>unos {minutes} minutos por visita</translation>
    </message>
    <message numerus="yes">
        <source>%n look-for(s)</source>
        <translation>
            <numerusform>%n indicador</numerusform>
            <numerusform>%n indicadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used in %n visit(s), so this version stays as it is (editing makes a new version)</source>
        <translation>
            <numerusform>Usado en %n visita, así que esta versión queda como está (al editarlo se crea una versión nueva)</numerusform>
            <numerusform>Usado en %n visitas, así que esta versión queda como está (al editarlo se crea una versión nueva)</numerusform>
        </translation>
    </message>
    <message>
        <source>File id: {id}, version {version}</source>
        <translation>Id del archivo: {id}, versión {version}</translation>
    </message>
    <message>
        <source>This look-for may be marked not applicable and takes a short evidence note.</source>
        <translation>Este indicador se puede marcar como No aplica y admite una breve nota de evidencia.</translation>
    </message>
    <message>
        <source>This look-for may be marked not applicable.</source>
        <translation>Este indicador se puede marcar como No aplica.</translation>
    </message>
    <message>
        <source>This look-for takes a short evidence note.</source>
        <translation>Este indicador admite una breve nota de evidencia.</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>kept the imported version</source>
        <translation>se conservó la versión importada</translation>
    </message>
    <message>
        <source>Framework files (*.toml)</source>
        <translation>Archivos de marco (*.toml)</translation>
    </message>
    <message>
        <source>Framework not imported</source>
        <translation>Marco no importado</translation>
    </message>
    <message>
        <source>Framework imported</source>
        <translation>Marco importado</translation>
    </message>
    <message>
        <source>{title}, version {version}: {result}.</source>
        <translation>{title}, versión {version}: {result}.</translation>
    </message>
</context>
<context>
    <name>NoteKinds</name>
    <message>
        <source>What you saw or heard, as a camera would record it.</source>
        <translation>Lo que vio u oyó, tal como lo grabaría una cámara.</translation>
    </message>
    <message>
        <source>A question, e.g. “I wonder how the pairs were chosen.”</source>
        <translation>Una pregunta, p. ej., «Me pregunto cómo se formaron las parejas».</translation>
    </message>
    <message>
        <source>A moment that speaks to the host&apos;s focus.</source>
        <translation>Un momento relacionado con el enfoque del docente anfitrión.</translation>
    </message>
    <message>
        <source>Noticing</source>
        <extracomment>The note kinds&apos; names on screen (core/peer.py&apos;s NOTE_KIND_LABELS are the English, for exports and the CLI).</extracomment>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Wondering</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Evidence for the focus</source>
        <translation>Evidencia sobre el enfoque</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <source>min {minute}</source>
        <translation>min {minute}</translation>
    </message>
    <message>
        <source>Minute of the visit</source>
        <translation>Minuto de la visita</translation>
    </message>
    <message>
        <source>{kind}: tap to switch the kind of this note</source>
        <translation>{kind}: toque para cambiar el tipo de esta nota</translation>
    </message>
    <message>
        <source>— about: {prompt}</source>
        <translation>— sobre: {prompt}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this note</source>
        <translation>Quitar esta nota</translation>
    </message>
</context>
<context>
    <name>PeerVisitsPage</name>
    <message>
        <source>Peer visits</source>
        <translation>Visitas entre pares</translation>
    </message>
    <message>
        <source>Visits between colleagues are for learning, not for judging: the host chooses what to notice, the visitor writes what they see and hear, and the notes stay between them unless the host shares them.</source>
        <translation>Las visitas entre colegas son para aprender, no para juzgar: el docente anfitrión elige qué observar, el visitante escribe lo que ve y oye, y las notas quedan entre ellos a menos que el anfitrión las comparta.</translation>
    </message>
    <message>
        <source>Who is using the app? Peer visits show only to their host and visitors.</source>
        <translation>¿Quién usa la aplicación? Las visitas entre pares solo las ven su docente anfitrión y sus visitantes.</translation>
    </message>
    <message>
        <source>Choose your profile</source>
        <translation>Elegir su perfil</translation>
    </message>
    <message>
        <source>Choose who is using the app</source>
        <translation>Elegir quién usa la aplicación</translation>
    </message>
    <message>
        <source>Invite colleagues to my class</source>
        <translation>Invitar colegas a mi clase</translation>
    </message>
    <message>
        <source>Plan a visit to my class</source>
        <translation>Planear una visita a mi clase</translation>
    </message>
    <message>
        <source>or ask to visit</source>
        <translation>o pedir visitar a</translation>
    </message>
    <message>
        <source>Colleague whose class I would like to visit</source>
        <translation>Colega cuya clase me gustaría visitar</translation>
    </message>
    <message>
        <source>Plan my visit</source>
        <translation>Planear mi visita</translation>
    </message>
    <message>
        <source>Plan a visit to the chosen colleague&apos;s class</source>
        <translation>Planear una visita a la clase del colega elegido</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>My peer visits</source>
        <translation>Mis visitas entre pares</translation>
    </message>
    <message>
        <source>The chosen visit</source>
        <translation>La visita elegida</translation>
    </message>
    <message>
        <source>Start my notes</source>
        <translation>Empezar mis notas</translation>
    </message>
    <message>
        <source>Start my notes for this visit</source>
        <translation>Empezar mis notas de esta visita</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Conversación posterior</translation>
    </message>
    <message>
        <source>Open the debrief of this visit</source>
        <translation>Abrir la conversación posterior de esta visita</translation>
    </message>
    <message>
        <source>Cancel this visit</source>
        <translation>Cancelar esta visita</translation>
    </message>
    <message>
        <source>No peer visits yet. Invite colleagues to your class, or ask to visit one of theirs.</source>
        <translation>Todavía no hay visitas entre pares. Invite a colegas a su clase o pida visitar la clase de alguno.</translation>
    </message>
    <message>
        <source>You visit {host}</source>
        <translation>Usted visita a {host}</translation>
    </message>
    <message>
        <source>You host: {visitors}</source>
        <translation>Usted recibe a: {visitors}</translation>
    </message>
    <message>
        <source>You host: no visitor yet</source>
        <translation>Usted recibe: todavía sin visitante</translation>
    </message>
    <message>
        <source>Your notes are finished</source>
        <translation>Sus notas están terminadas</translation>
    </message>
    <message>
        <source>Your notes are started</source>
        <translation>Sus notas están empezadas</translation>
    </message>
    <message numerus="yes">
        <source>Notes from %n visitor(s)</source>
        <translation>
            <numerusform>Notas de %n visitante</numerusform>
            <numerusform>Notas de %n visitantes</numerusform>
        </translation>
    </message>
    <message>
        <source>debrief written</source>
        <translation>conversación posterior escrita</translation>
    </message>
    <message>
        <source>debrief to write</source>
        <translation>conversación posterior por escribir</translation>
    </message>
    <message>
        <source>Past · no notes were taken</source>
        <translation>Pasada · no se tomaron notas</translation>
    </message>
    <message>
        <source>You joined after the host agreed: waiting for the host to agree again</source>
        <translation>Usted se unió después de que el docente anfitrión aceptara: esperando que acepte otra vez</translation>
    </message>
    <message>
        <source>Someone joined after you agreed: agree again</source>
        <translation>Alguien se unió después de que usted aceptara: acepte otra vez</translation>
    </message>
    <message>
        <source>Waiting for the host to agree</source>
        <translation>Esperando que el docente anfitrión acepte</translation>
    </message>
    <message>
        <source>Agreed · no focus written yet</source>
        <translation>Aceptada · todavía sin enfoque escrito</translation>
    </message>
    <message>
        <source>Agreed · ready</source>
        <translation>Aceptada · lista</translation>
    </message>
    <message>
        <source>Continue my notes</source>
        <translation>Seguir con mis notas</translation>
    </message>
    <message>
        <source>The host has not agreed to this visit with you in it yet.</source>
        <translation>El docente anfitrión todavía no aceptó esta visita con usted en ella.</translation>
    </message>
    <message>
        <source>Your notes open on the day of the visit ({day}).</source>
        <translation>Sus notas se abren el día de la visita ({day}).</translation>
    </message>
    <message>
        <source>The visit was not planned: {why}.</source>
        <translation>La visita no se planeó: {why}.</translation>
    </message>
    <message>
        <source>Visit planned. Set the day and time here; every change is kept as you make it.</source>
        <translation>Visita planeada. Fije aquí el día y la hora; cada cambio se guarda en cuanto lo hace.</translation>
    </message>
    <message>
        <source>Notes not started: {why}.</source>
        <translation>Las notas no se empezaron: {why}.</translation>
    </message>
    <message>
        <source>Not opened: {why}.</source>
        <translation>No se abrió: {why}.</translation>
    </message>
    <message>
        <source>Tap again to cancel the visit</source>
        <translation>Toque otra vez para cancelar la visita</translation>
    </message>
    <message>
        <source>Not cancelled: {why}.</source>
        <translation>No se canceló: {why}.</translation>
    </message>
    <message>
        <source>The visit was cancelled.</source>
        <translation>La visita se canceló.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>◀ My visits</source>
        <translation>◀ Mis visitas</translation>
    </message>
    <message>
        <source>Back to my peer visits</source>
        <translation>Volver a mis visitas entre pares</translation>
    </message>
    <message>
        <source>Minute of the visit</source>
        <translation>Minuto de la visita</translation>
    </message>
    <message>
        <source>The host&apos;s focus</source>
        <translation>El enfoque del docente anfitrión</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>The next note: {kind}</source>
        <translation>La próxima nota: {kind}</translation>
    </message>
    <message>
        <source>What the next note is about</source>
        <translation>Sobre qué trata la próxima nota</translation>
    </message>
    <message>
        <source>The next note is not about a prompt</source>
        <translation>La próxima nota no trata sobre una pauta del marco</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Agregar la nota</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note</source>
        <translation>Ctrl+Intro agrega la nota</translation>
    </message>
    <message>
        <source>My notes, newest first</source>
        <translation>Mis notas, las más recientes primero</translation>
    </message>
    <message>
        <source>Finish my notes and go to the debrief</source>
        <translation>Terminar mis notas e ir a la conversación posterior</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>la persona anfitriona</translation>
    </message>
    <message>
        <source>Visiting {host}&apos;s class</source>
        <translation>Visita a la clase de {host}</translation>
    </message>
    <message>
        <source>{host}&apos;s focus: what {host} asked you to notice</source>
        <translation>Enfoque de {host}: lo que {host} le pidió observar</translation>
    </message>
    <message>
        <source>{host} did not write a focus: note what you see and hear.</source>
        <translation>{host} no escribió un enfoque: anote lo que ve y oye.</translation>
    </message>
    <message>
        <source>The next note is about the lesson in general. Tap “Note” on a prompt to tie the next note to it.</source>
        <translation>La próxima nota trata sobre la clase en general. Toque «Nota» en una pauta del marco para vincularle la próxima nota.</translation>
    </message>
    <message>
        <source>The next note is about: {prompt}</source>
        <translation>La próxima nota trata sobre: {prompt}</translation>
    </message>
    <message>
        <source>Minute {minute}</source>
        <translation>Minuto {minute}</translation>
    </message>
    <message>
        <source>The note was not added yet: {why}. It is still in the box, and kept even if the app closes: tap Add note again in a moment.</source>
        <translation>La nota todavía no se agregó: {why}. Sigue en el cuadro y se conserva aunque la aplicación se cierre: toque Agregar nota otra vez en un momento.</translation>
    </message>
    <message>
        <source>The note was not added: {why}.</source>
        <translation>La nota no se agregó: {why}.</translation>
    </message>
    <message>
        <source>Not changed: {why}.</source>
        <translation>No se cambió: {why}.</translation>
    </message>
    <message>
        <source>Not removed: {why}.</source>
        <translation>No se quitó: {why}.</translation>
    </message>
    <message>
        <source>Not marked: {why}.</source>
        <translation>No se marcó: {why}.</translation>
    </message>
    <message>
        <source>Not finished: {why}.</source>
        <translation>No se terminó: {why}.</translation>
    </message>
</context>
<context>
    <name>RosterStep</name>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n aula</numerusform>
            <numerusform>%n aulas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teacher(s)</source>
        <translation>
            <numerusform>%n docente</numerusform>
            <numerusform>%n docentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rooms and teachers</source>
        <translation>Aulas y docentes</translation>
    </message>
    <message>
        <source>Choose a spreadsheet (.xlsx or .csv: room, teacher, e-mail, grade band, subject), or type the rooms below, one per line: Room 12, Ana Diallo, 3-5, Math.</source>
        <translation>Elija una hoja de cálculo (.xlsx o .csv: aula, docente, correo electrónico, nivel de grado, materia) o escriba las aulas abajo, una por línea: Aula 12, Ana Diallo, 3-5, Matemáticas.</translation>
    </message>
    <message>
        <source>Choose a roster file…</source>
        <translation>Elegir la lista de personal…</translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation>Elegir el archivo de la lista de personal</translation>
    </message>
    <message>
        <source>Save the template…</source>
        <translation>Guardar la plantilla…</translation>
    </message>
    <message>
        <source>Save an empty roster template</source>
        <translation>Guardar una plantilla de lista vacía</translation>
    </message>
    <message>
        <source>What the roster holds</source>
        <translation>Lo que contiene la lista</translation>
    </message>
    <message>
        <source>Problems in the roster</source>
        <translation>Problemas en la lista</translation>
    </message>
    <message>
        <source>Rooms typed one per line</source>
        <translation>Aulas escritas una por línea</translation>
    </message>
    <message>
        <source>Room 1, Ana Diallo, K-2, Reading
Room 2, Ben Ortiz, 3-5, Math</source>
        <translation>Aula 1, Ana Diallo, K-2, Lectura
Aula 2, Ben Ortiz, 3-5, Matemáticas</translation>
    </message>
    <message>
        <source>Or go on without: add the rooms later in School directory.</source>
        <translation>O continúe sin ella: agregue las aulas después en Directorio escolar.</translation>
    </message>
    <message>
        <source>The roster file</source>
        <translation>El archivo de la lista de personal</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>Listas (*.xlsx *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the roster template</source>
        <translation>Guardar la plantilla de lista</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved as {target}: {why}.</source>
        <translation>No se pudo guardar la plantilla como {target}: {why}.</translation>
    </message>
    <message>
        <source>Saved as {target}: fill in one row per room in Excel or LibreOffice, save it, then choose it here.</source>
        <translation>Guardada como {target}: llene una fila por aula en Excel o LibreOffice, guárdela y luego elíjala aquí.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>The file could not be read ({kind}).</source>
        <translation>No se pudo leer el archivo ({kind}).</translation>
    </message>
    <message>
        <source>{rooms} and {teachers}</source>
        <translation>{rooms} y {teachers}</translation>
    </message>
    <message>
        <source>{file}: {counted}</source>
        <translation>{file}: {counted}</translation>
    </message>
    <message>
        <source>{counted}, ready to import.</source>
        <translation>{counted}: todo listo para importar.</translation>
    </message>
    <message>
        <source>{counted}.</source>
        <translation>{counted}.</translation>
    </message>
    <message>
        <source>Fix these, then choose the file again (nothing is saved until then):</source>
        <translation>Corrija esto y luego elija el archivo otra vez (no se guarda nada hasta entonces):</translation>
    </message>
    <message>
        <source>Import and continue</source>
        <translation>Importar y continuar</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported and saved. {summary}</source>
        <translation>Importado y guardado. {summary}</translation>
    </message>
    <message>
        <source>an unexpected error ({kind})</source>
        <translation>un error inesperado ({kind})</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}. Try again.</source>
        <translation>No se importó nada: {reason}. Inténtelo de nuevo.</translation>
    </message>
</context>
</TS>

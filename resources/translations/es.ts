<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/admin/release_views.py" line="+28"/>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for marks</source>
        <translation>Esperando calificaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held for review</source>
        <translation>Retenido para revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted</source>
        <translation>No contabilizado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not released</source>
        <translation>Sin publicar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Released</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since its release: review and release again</source>
        <translation>Cambió después de publicarse: revíselo y publíquelo de nuevo</translation>
    </message>
    <message>
        <location line="+58"/>
        <source> (and {n} more)</source>
        <translation> (y {n} más)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held: {first}{more}</source>
        <translation>Retenido: {first}{more}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voided at the center: {why}</source>
        <translation>Anulado en el centro: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident: {what}</source>
        <translation>Incidente: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist {what}</source>
        <translation>Lista de verificación {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist &apos;{name}&apos;: evaluators disagree</source>
        <translation>Lista de verificación «{name}»: los evaluadores no coinciden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} answer(s) to mark</source>
        <translation>{n} respuesta(s) por calificar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Candidate {number}, {name}</source>
        <translation>Candidato {number}, {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: {outcome}; {percent:.0f} % of the written points.</source>
        <translation>Resultado: {outcome}; {percent:.0f} % de los puntos de la parte escrita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the replay of the attempt&apos;s rules found</source>
        <translation>Lo que encontró la repetición de las reglas del intento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/proctor/console_model.py" line="+15"/>
        <location filename="../../app/ui/proctor/room_model.py" line="+17"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voided at the center</source>
        <translation>Anulado en el centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos;: the evaluators disagree</source>
        <translation>«{name}»: los evaluadores no coinciden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/evaluator/checklist_form.py" line="+27"/>
        <source>at least {p:g} points</source>
        <translation>al menos {p:g} puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {p:g} % of the points that apply</source>
        <translation>al menos el {p:g} % de los puntos aplicables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, and every critical step done</source>
        <translation> y todos los pasos críticos hechos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pass: {threshold}{critical}.</source>
        <translation>Para aprobar: {threshold}{critical}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evaluator/summary.py" line="+28"/>
        <source>PASSED</source>
        <translation>APROBADO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>NO APROBADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist result: {verdict}, {p:g} of {q:g} points ({pc:.0f} %).</source>
        <translation>Resultado de la lista de verificación: {verdict}, {p:g} de {q:g} puntos ({pc:.0f} %).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: {why}.</source>
        <translation>Motivo: {why}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential result: not shown while the first evaluation is hidden.</source>
        <translation>Resultado de la credencial: no se muestra mientras la primera evaluación está oculta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not evaluated yet. Choose the evaluator and start the evaluation.</source>
        <translation>Aún sin evaluar. Elija al evaluador e inicie la evaluación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second evaluator may now score the same performance on their own. Nothing of the first evaluation is shown until both have signed; its evaluator can show its result with their PIN below.</source>
        <translation>Un segundo evaluador puede ahora calificar la misma ejecución por su cuenta. No se muestra nada de la primera evaluación hasta que ambos hayan firmado; su evaluador puede ver su resultado con su PIN aquí abajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences reconciled by {who}:</source>
        <translation>Diferencias resueltas por {who}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N/A</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• {step}: {mark}, decided by {who} — {reason}</source>
        <translation>• {step}: {mark}, decidido por {who} — {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two evaluators marked {n} step(s) differently: reconcile them to get a result.</source>
        <translation>Los dos evaluadores calificaron {n} paso(s) de forma distinta: resuelva las diferencias para obtener un resultado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first evaluation</source>
        <translation>primera evaluación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second evaluation</source>
        <translation>segunda evaluación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed: {kind} by {who} at {at}.</source>
        <translation>Firmada: {kind} por {who} a las {at}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed: {kind} by {who} at {at} (task time {m}:{s:02d}).</source>
        <translation>Firmada: {kind} por {who} a las {at} (tiempo de la tarea {m}:{s:02d}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credential result (needs {rule}): not complete yet — {why}.</source>
        <translation>Resultado de la credencial (exige {rule}): todavía no está completo — {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credential result (needs {rule}): {verdict}{reasons}.</source>
        <translation>Resultado de la credencial (exige {rule}): {verdict}{reasons}.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>EARNED</source>
        <translation>OBTENIDA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT EARNED</source>
        <translation>NO OBTENIDA</translation>
    </message>
    <message>
        <location filename="../../app/ui/lockdown/instance.py" line="+42"/>
        <source>ExamStation will not keep its lock in {folder}: {why}. Remove that folder (as administrator if needed) and start again.</source>
        <translation>ExamStation no guardará su bloqueo en {folder}: {why}. Borre esa carpeta (como administrador si hace falta) y vuelva a iniciar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it is a link or not a folder</source>
        <translation>es un enlace o no es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it belongs to another user</source>
        <translation>pertenece a otro usuario</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ExamStation cannot create its lock file in {folder}. Check that the folder is writable.</source>
        <translation>ExamStation no puede crear su archivo de bloqueo en {folder}. Compruebe que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (process {pid})</source>
        <translation> (proceso {pid})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExamStation is already running on this station{where}. Use the window that is open, or ask the proctor to close it.</source>
        <translation>ExamStation ya está abierto en esta estación{where}. Use la ventana abierta o pida al supervisor que la cierre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/proctor/common.py" line="+37"/>
        <source>. Correct it and try again.</source>
        <translation>. Corríjalo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong ({kind}). Nothing was changed; try again, and report it if it repeats.</source>
        <translation>Ocurrió un error inesperado ({kind}). No se cambió nada; inténtelo de nuevo y avise si se repite.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>untimed</source>
        <translation>sin límite de tiempo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ready, not started</source>
        <translation>listo, sin empezar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>writing</source>
        <translation>escribiendo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen closed</source>
        <translation>pantalla cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time over</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>voided</source>
        <translation>anulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to another station</source>
        <translation>trasladado a otra estación</translation>
    </message>
    <message>
        <location filename="../../app/ui/proctor/console_model.py" line="-2"/>
        <location filename="../../app/ui/proctor/room_model.py" line="-2"/>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/proctor/room_model.py" line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/proctor/room_model.py" line="+1"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/proctor/room_model.py" line="+0"/>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff actions</source>
        <translation>Acciones del personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus losses</source>
        <translation>Salidas de ventana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Screen closed” means the candidate&apos;s screen is not open or not connected.</source>
        <translation>«Pantalla cerrada» significa que la pantalla del candidato no está abierta o no está conectada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left as of the candidate screen&apos;s last save (about every second).</source>
        <translation>Tiempo restante según el último guardado de la pantalla del candidato (aproximadamente cada segundo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents recorded on the candidate&apos;s attempt; a proctor&apos;s own actions are counted under Staff actions.</source>
        <translation>Incidentes registrados en el intento del candidato; las acciones del propio supervisor se cuentan en Acciones del personal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What staff did on the candidate&apos;s screen (a proctor leaving its lockdown), counted apart from the candidate&apos;s incidents.</source>
        <translation>Lo que hizo el personal en la pantalla del candidato (un supervisor que sale de su bloqueo), contado aparte de los incidentes del candidato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many times the candidate&apos;s exam window lost the focus.</source>
        <translation>Cuántas veces la ventana de examen del candidato perdió el foco.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{time} at the last save</source>
        <translation>{time} al último guardado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on a rest break: confirm the return</source>
        <translation>en un descanso: confirme el regreso</translation>
    </message>
    <message>
        <location filename="../../app/ui/proctor/common.py" line="-2"/>
        <source>on a rest break</source>
        <translation>en descanso</translation>
    </message>
    <message>
        <location filename="../../app/ui/proctor/room_model.py" line="-1"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last saved on the station</source>
        <translation>Último guardado en la estación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} s ago</source>
        <translation>hace {n} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} min ago</source>
        <translation>hace {n} min</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since {when}</source>
        <translation>Sin conexión desde {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected yet</source>
        <translation>Aún sin conectar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evaluator tablet</source>
        <translation>tableta de evaluador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../../app/ui/proctor/roster.py" line="+36"/>
        <source>The file is empty. Start from the roster template: its first line names the columns.</source>
        <translation>El archivo está vacío. Parta de la plantilla de lista: su primera línea nombra las columnas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>candidate number {n} appears twice (or is already checked in)</source>
        <translation>el número de candidato {n} aparece dos veces (o ya está registrado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line}: {problem}</source>
        <translation>línea {line}: {problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the first line has no column for the candidate&apos;s {what}</source>
        <translation>la primera línea no tiene columna para {what} del candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number and name</source>
        <translation>el número y el nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>el número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first line names {n} column(s) a roster does not have: {cols}. Copy the first line of the roster template</source>
        <translation>la primera línea nombra {n} columna(s) que una lista no tiene: {cols}. Copie la primera línea de la plantilla de lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first line names a column twice</source>
        <translation>la primera línea nombra una columna dos veces</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the extra time “{v}” is not a number from 1.0 to 4.0</source>
        <translation>el tiempo adicional «{v}» no es un número de 1.0 a 4.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rest breaks “{v}” are not a whole number from 0 to 10</source>
        <translation>los descansos «{v}» no son un número entero de 0 a 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>the text size “{v}” is not one of {scales}</source>
        <translation>el tamaño de texto «{v}» no es uno de {scales}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this exam needs {n} prerequisite credential number(s) in the prerequisite number column</source>
        <translation>este examen necesita {n} número(s) de credencial previa en la columna del número de requisito previo</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the candidate number is empty</source>
        <translation>falta el número de candidato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is empty</source>
        <translation>falta el nombre</translation>
    </message>
</context>
<context>
    <name>AccountChangeDialog</name>
    <message>
        <location filename="../../app/ui/admin/account_actions.py" line="+30"/>
        <source>4 or more digits</source>
        <translation>4 o más dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nuevo PIN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new PIN:</source>
        <translation>&amp;Repita el nuevo PIN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat the new PIN</source>
        <translation>Repita el nuevo PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your administrator &amp;PIN:</source>
        <translation>Su &amp;PIN de administrador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your administrator PIN</source>
        <translation>Su PIN de administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;password (you have no PIN):</source>
        <translation>Su &amp;contraseña (no tiene PIN):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your administrator password</source>
        <translation>Su contraseña de administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN nuevos no coinciden. Escriba el mismo PIN dos veces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your own PIN or password: changing an account needs it.</source>
        <translation>Escriba su propio PIN o contraseña: se necesita para cambiar una cuenta.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../app/ui/admin/accounts.py" line="+24"/>
        <source>station administrator</source>
        <translation>administrador de la estación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proctor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluator</source>
        <translation>evaluador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>marker</source>
        <translation>corrector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adjudicator</source>
        <translation>árbitro</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Station accounts</source>
        <translation>Cuentas de la estación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts on this station</source>
        <translation>Cuentas de esta estación</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New user name</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New display name</source>
        <translation>Nuevo nombre visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 or more characters</source>
        <translation>8 caracteres o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 or more digits; evaluators need one</source>
        <translation>4 dígitos o más; los evaluadores lo necesitan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluators sign evaluations with their PIN; proctors and administrators unlock a candidate&apos;s screen with theirs.</source>
        <translation>Los evaluadores firman las evaluaciones con su PIN; los supervisores y administradores desbloquean la pantalla de un candidato con el suyo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add account</source>
        <translation>&amp;Agregar cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>disabled: cannot sign in</source>
        <translation>desactivada: no puede iniciar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked after wrong tries ({n} min left)</source>
        <translation>bloqueada tras intentos fallidos (quedan {n} min)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ena&amp;ble</source>
        <translation>Acti&amp;var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the chosen account</source>
        <translation>Activar la cuenta elegida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({user})</source>
        <translation>{name} ({user})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unlock {who}</source>
        <translation>Desbloquear a {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account was locked after wrong passwords or PINs. Unlock it once you know it is really them at the keyboard.</source>
        <translation>La cuenta se bloqueó tras contraseñas o PIN incorrectos. Desbloquéela cuando sepa que es realmente esa persona quien está al teclado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked {who}: they can sign in again.</source>
        <translation>{who} desbloqueado: puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New PIN for {who}</source>
        <translation>Nuevo PIN para {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The old PIN stops working at once. Tell them the new PIN in person.</source>
        <translation>El PIN anterior deja de funcionar de inmediato. Comunique el nuevo PIN en persona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set the new PIN</source>
        <translation>&amp;Poner el nuevo PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} has a new PIN.</source>
        <translation>{who} tiene un nuevo PIN.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enable {who}</source>
        <translation>Activar a {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They can sign in again with their password and PIN.</source>
        <translation>Podrá volver a iniciar sesión con su contraseña y su PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled {who}: they can sign in again.</source>
        <translation>{who} activado: puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable {who}</source>
        <translation>Desactivar a {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They can no longer sign in or give their PIN. What they did stays in the record; you can enable the account again later.</source>
        <translation>Ya no podrá iniciar sesión ni dar su PIN. Lo que hizo queda en el registro; puede volver a activar la cuenta más adelante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled {who}: they cannot sign in.</source>
        <translation>{who} desactivado: no puede iniciar sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Account result</source>
        <translation>Resultado de la cuenta</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unloc&amp;k</source>
        <translation>Desblo&amp;quear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock the chosen account</source>
        <translation>Desbloquear la cuenta elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New PIN…</source>
        <translation>&amp;Nuevo PIN…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen account a new PIN</source>
        <translation>Dar un nuevo PIN a la cuenta elegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>Disa&amp;ble</source>
        <translation>Desacti&amp;var</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+62"/>
        <source>Disable the chosen account</source>
        <translation>Desactivar la cuenta elegida</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>An evaluator needs a PIN to sign evaluations. Enter one.</source>
        <translation>Un evaluador necesita un PIN para firmar evaluaciones. Escriba uno.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added {name} ({user}) as {role}.</source>
        <translation>Se agregó a {name} ({user}) como {role}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
</context>
<context>
    <name>AnswerSaver</name>
    <message>
        <location filename="../../app/ui/candidate/saving.py" line="+150"/>
        <source>Not saved yet — tell the proctor; your answer is kept and will be saved automatically.</source>
        <translation>Aún no guardada: avise al supervisor. Su respuesta se conserva y se guardará automáticamente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved: your answers are all saved now.</source>
        <translation>Guardado: todas sus respuestas están guardadas.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../app/ui/proctor/audit_view.py" line="+19"/>
        <source>every action</source>
        <translation>todas las acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempts (pause, time, void, incidents)</source>
        <translation>intentos (pausa, tiempo, anulación, incidentes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in</source>
        <translation>registro de llegada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>checklists</source>
        <translation>listas de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts and sign-in</source>
        <translation>cuentas e inicios de sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keys and trust</source>
        <translation>claves y confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Audit chain status</source>
        <translation>Estado de la cadena de auditoría</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Who (user name):</source>
        <translation>&amp;Quién (usuario):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter by who</source>
        <translation>Filtrar por quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by action</source>
        <translation>Filtrar por acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;ción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About (name, n&amp;umber or id):</source>
        <translation>Sobre (nombre, n&amp;úmero o id):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter by subject</source>
        <translation>Filtrar por asunto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh the audit log</source>
        <translation>Actualizar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The audit log is intact: {n} entries, each chained to the one before it.</source>
        <translation>El registro de auditoría está intacto: {n} entradas, cada una encadenada a la anterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log has been altered ({problem}). Do not change anything on this station; tell the credential body and keep the station as it is.</source>
        <translation>El registro de auditoría fue alterado ({problem}). No cambie nada en esta estación; avise al organismo certificador y deje la estación como está.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../app/ui/proctor/audit_words.py" line="+22"/>
        <source>{who} created the account of {about} ({role}).</source>
        <translation>{who} creó la cuenta de {about} ({role}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone tried to sign in as {about} with a wrong {secret} ({failures} wrong tries in a row).</source>
        <translation>Alguien intentó iniciar sesión como {about} con {secret} ({failures} intentos incorrectos seguidos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} signed in.</source>
        <translation>{who} inició sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} signed out.</source>
        <translation>{who} cerró sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} unlocked the account of {about}.</source>
        <translation>{who} desbloqueó la cuenta de {about}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} gave {about} a new PIN.</source>
        <translation>{who} dio un PIN nuevo a {about}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} enabled the account of {about}.</source>
        <translation>{who} activó la cuenta de {about}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} disabled the account of {about}.</source>
        <translation>{who} desactivó la cuenta de {about}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} paused {about}: {reason}</source>
        <translation>{who} pausó {about}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} resumed {about}.</source>
        <translation>{who} reanudó {about}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} gave {about} {minutes} more minute(s): {reason}</source>
        <translation>{who} amplió {about} en {minutes} minuto(s): {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} voided {about}: {reason}</source>
        <translation>{who} anuló {about}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} recorded an incident for {about}: {kind} — {description}</source>
        <translation>{who} registró un incidente en {about}: {kind} — {description}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} admitted {about}{at_seat}.</source>
        <translation>{who} admitió a {about}{at_seat}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} signed the {kind} of {about} on the checklist “{checklist}”: {verdict}, {points} point(s).</source>
        <translation>{who} firmó la {kind} en la lista de verificación «{checklist}» para {about}: {verdict}, {points} punto(s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} reconciled the two evaluations of {about} on the checklist “{checklist}” ({steps} step(s) marked differently).</source>
        <translation>{who} concilió las dos evaluaciones en la lista de verificación «{checklist}» para {about} ({steps} paso(s) marcados de forma distinta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} marked an answer of {about}: {points} point(s).</source>
        <translation>{who} calificó una respuesta en {about}: {points} punto(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} created this center&apos;s keys for “{name}”.</source>
        <translation>{who} creó las claves de este centro para «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} restored this center&apos;s keys for “{name}” from a backup.</source>
        <translation>{who} restauró desde una copia de seguridad las claves de este centro para «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} trusted the credential body “{name}”.</source>
        <translation>{who} dio su confianza al organismo certificador «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} started {about} (exam version {version}).</source>
        <translation>{who} inició {about} (versión del examen {version}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} ended {about} with {attempts} attempt(s).</source>
        <translation>{who} terminó {about} con {attempts} intento(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} closed the screen of {about}.</source>
        <translation>{who} cerró la pantalla de {about}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} exported the results of {about} to the file {file}.</source>
        <translation>{who} exportó los resultados de {about} al archivo {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} ran a practice simulation with {candidates} candidate(s).</source>
        <translation>{who} ejecutó una simulación de práctica con {candidates} candidato(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} opened the testing room for {about}.</source>
        <translation>{who} abrió la sala de examen para {about}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} accepted the {device} “{seat}” into the room.</source>
        <translation>{who} aceptó en la sala: {device} «{seat}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} turned away the {device} “{seat}”.</source>
        <translation>{who} rechazó: {device} «{seat}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} refused a connection from {about} that did not follow the room&apos;s rules.</source>
        <translation>{who} rechazó una conexión desde {about} que no seguía las reglas de la sala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} seated {about} at “{seat}”.</source>
        <translation>{who} asignó {about} al puesto «{seat}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} moved {about} from “{from}” to “{to}”.</source>
        <translation>{who} trasladó {about} de «{from}» a «{to}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} removed the seat “{seat}” from the room.</source>
        <translation>{who} quitó el puesto «{seat}» de la sala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} refused the seat “{seat}”: it asked for an attempt it was not given.</source>
        <translation>{who} rechazó el puesto «{seat}»: pidió un intento que no se le había asignado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} signed in on the tablet “{tablet}”.</source>
        <translation>{who} inició sesión en la tableta «{tablet}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} could not sign in on the tablet “{tablet}”: the account is not an evaluator&apos;s.</source>
        <translation>{who} no pudo iniciar sesión en la tableta «{tablet}»: la cuenta no es de un evaluador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} refused an evaluation from the tablet “{tablet}”: it was not signed off on this station.</source>
        <translation>{who} rechazó una evaluación de la tableta «{tablet}»: no se firmó en esta estación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} closed the candidate&apos;s screen of {about} with the proctor&apos;s PIN.</source>
        <translation>{who} cerró la pantalla de candidato para {about} con el PIN del supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} closed the candidate&apos;s screen of {about} as the room closed.</source>
        <translation>{who} cerró la pantalla de candidato para {about} al cerrarse la sala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} closed the candidate&apos;s screen of {about}: {why}.</source>
        <translation>{who} cerró la pantalla de candidato para {about}: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} opened the candidate&apos;s screen of {about} again after it closed unexpectedly.</source>
        <translation>{who} volvió a abrir la pantalla de candidato para {about} tras un cierre inesperado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} stopped reopening the candidate&apos;s screen of {about}: it closed unexpectedly {restarts} times. Check this computer.</source>
        <translation>{who} dejó de reabrir la pantalla de candidato para {about}: se cerró de forma inesperada {restarts} veces. Revise este equipo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The station</source>
        <translation>La estación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lockdown on the candidate&apos;s screen</source>
        <translation>El bloqueo de la pantalla del candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proctor</source>
        <translation>El supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A simulation</source>
        <translation>Una simulación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administrator {name}</source>
        <translation>Administrador {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proctor {name}</source>
        <translation>Supervisor {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluator {name}</source>
        <translation>Evaluador {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>station administrator</source>
        <translation>administrador de la estación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proctor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>evaluator</source>
        <translation>evaluador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>candidate workstation</source>
        <translation>puesto de candidato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>evaluator tablet</source>
        <translation>tableta de evaluador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left the exam window</source>
        <translation>salió de la ventana del examen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disruption in the room</source>
        <translation>alteración en la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical problem</source>
        <translation>problema técnico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>suspected misconduct</source>
        <translation>sospecha de conducta indebida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>illness</source>
        <translation>enfermedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the candidate now sits at another seat</source>
        <translation>el candidato ahora está en otro puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the attempt ended and is saved on the station</source>
        <translation>el intento terminó y está guardado en la estación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}&apos;s attempt (seat {seat})</source>
        <translation>el intento de {name} (puesto {seat})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s attempt</source>
        <translation>el intento de {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this session</source>
        <translation>esta sesión</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{who} did something this version does not describe, to {about}.</source>
        <translation>{who} hizo algo que esta versión no describe, sobre {about}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no description</source>
        <translation>sin descripción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>second evaluation</source>
        <translation>segunda evaluación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first evaluation</source>
        <translation>primera evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not passed</source>
        <translation>no aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>un PIN incorrecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>password</source>
        <translation>una contraseña incorrecta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> at seat {seat}</source>
        <translation> en el puesto {seat}</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../../app/ui/admin/passphrase_dialog.py" line="+71"/>
        <source>Restore the center&apos;s keys</source>
        <translation>Restaurar las claves del centro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backup passphrase:</source>
        <translation>Frase de contraseña de la &amp;copia:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore the keys</source>
        <translation>&amp;Restaurar las claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the keys</source>
        <translation>Restaurar las claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the passphrase that {file} was sealed with when the backup was made (examstation keys backup).</source>
        <translation>Escriba la frase de contraseña con la que se selló {file} al hacer la copia (examstation keys backup).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the backup passphrase.</source>
        <translation>Escriba la frase de contraseña de la copia.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/ui/admin/charts.py" line="+52"/>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
</context>
<context>
    <name>BuildTab</name>
    <message>
        <location filename="../../app/ui/admin/build_tab.py" line="+43"/>
        <source>Exam source folder or QTI package</source>
        <translation>Carpeta fuente del examen o paquete QTI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QTI companion file</source>
        <translation>Archivo complementario QTI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QTI only; default: examstation.yaml in the package</source>
        <translation>Solo QTI; por defecto: examstation.yaml del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out what QTI import cannot carry over</source>
        <translation>Omitir lo que la importación QTI no puede trasladar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is left out is listed in the import report.</source>
        <translation>Lo omitido figura en el informe de importación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Centers that may open the package</source>
        <translation>Centros que pueden abrir el paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release code</source>
        <translation>Código de apertura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: given to the center on exam day</source>
        <translation>opcional: se entrega al centro el día del examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens only from</source>
        <translation>Se abre solo desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens only until</source>
        <translation>Se abre solo hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package file to write</source>
        <translation>Archivo de paquete que se escribirá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Build the package</source>
        <translation>Crear el &amp;paquete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build the package</source>
        <translation>Crear el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck only</source>
        <translation>Solo co&amp;mprobar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the source without building</source>
        <translation>Comprobar la fuente sin crear el paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads and checks the source (and the QTI import) as a build would, and writes nothing</source>
        <translation>Lee y comprueba la fuente (y la importación QTI) como lo haría la creación, sin escribir nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build progress</source>
        <translation>Progreso de la creación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build result and import report</source>
        <translation>Resultado de la creación e informe de importación</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <source>Choose an exam source or QTI folder</source>
        <translation>Elegir una carpeta fuente de examen o QTI</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>QTI zip…</source>
        <translation>ZIP QTI…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a QTI content package zip</source>
        <translation>Elegir un ZIP de paquete de contenido QTI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the QTI companion file</source>
        <translation>Elegir el archivo complementario QTI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggest a release code</source>
        <translation>Sugerir un código de apertura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to write the package</source>
        <translation>Elegir dónde escribir el paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Companion:</source>
        <translation>&amp;Complementario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;enters:</source>
        <translation>Ce&amp;ntros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release &amp;code:</source>
        <translation>Código de &amp;apertura:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write to:</source>
        <translation>&amp;Escribir en:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Build an encrypted, signed exam package for your registered testing centers from an exam source folder or a QTI 2.0, 2.1, 2.2 or 3.0 content package.</source>
        <translation>Cree un paquete de examen cifrado y firmado para sus centros de examen registrados a partir de una carpeta fuente de examen o de un paquete de contenido QTI 2.0, 2.1, 2.2 o 3.0.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a QTI content package</source>
        <translation>Elija un paquete de contenido QTI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QTI packages (*.zip)</source>
        <translation>Paquetes QTI (*.zip)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the companion file</source>
        <translation>Elija el archivo complementario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion files (*.yaml *.yml)</source>
        <translation>Archivos complementarios (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the package to</source>
        <translation>Escribir el paquete en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exam packages (*.exampkg)</source>
        <translation>Paquetes de examen (*.exampkg)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Building {name}…</source>
        <translation>Creando {name}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Choose the exam source folder or QTI package first.</source>
        <translation>Primero elija la carpeta fuente del examen o el paquete QTI.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No problems: {items} items on {forms} forms; every key earns full marks. Nothing was written.</source>
        <translation>Sin problemas: {items} ítems en {forms} versiones; cada clave obtiene la puntuación completa. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick at least one center that may open the package.</source>
        <translation>Marque al menos un centro que pueda abrir el paquete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to write the package.</source>
        <translation>Elija dónde escribir el paquete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built {path}: {items} items, {forms} forms, for {centers}. Package id {id}.</source>
        <translation>Creado {path}: {items} ítems, {forms} versiones, para {centers}. Id del paquete {id}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was built. {n} problem(s) to put right:</source>
        <translation>No se creó nada. {n} problema(s) por corregir:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package could not be built ({kind}). Nothing was written.</source>
        <translation>No se pudo crear el paquete ({kind}). No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <location filename="../../app/ui/widgets/calculator.py" line="+100"/>
        <source>Calculator</source>
        <translation>Calculadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type numbers and + − × ÷ with the keyboard, Enter for the result, Escape to clear.</source>
        <translation>Escriba números y + − × ÷ con el teclado, Intro para el resultado, Escape para borrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calculator display</source>
        <translation>Pantalla de la calculadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number entered or the result</source>
        <translation>El número introducido o el resultado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Divide</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply</source>
        <translation>Multiplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minus</source>
        <translation>Menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal point</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change sign</source>
        <translation>Cambiar signo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus</source>
        <translation>Más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square root</source>
        <translation>Raíz cuadrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equals</source>
        <translation>Igual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calculator key</source>
        <translation>Tecla de la calculadora</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows {value}</source>
        <translation>Muestra {value}</translation>
    </message>
</context>
<context>
    <name>CandidateWindow</name>
    <message>
        <location filename="../../app/ui/candidate/window.py" line="+76"/>
        <source>{title} — ExamStation</source>
        <translation>{title} — ExamStation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exam: {title}</source>
        <translation>Examen: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam screen for {name}</source>
        <translation>La pantalla del examen de {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time warning</source>
        <translation>Aviso de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>1 minute left in the exam.</source>
        <translation>Queda 1 minuto de examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} minutes left in the exam.</source>
        <translation>Quedan {minutes} minutos de examen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exam is paused.</source>
        <translation>El examen está en pausa.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The exam continues.</source>
        <translation>El examen continúa.</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../../app/ui/evaluator/tablet_pages.py" line="+87"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh the list</source>
        <translation>&amp;Actualizar la lista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh the list of candidates</source>
        <translation>Actualizar la lista de candidatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidates to score</source>
        <translation>Candidatos por calificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;core the chosen candidate</source>
        <translation>&amp;Calificar al candidato elegido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score the chosen candidate</source>
        <translation>Calificar al candidato elegido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latest evaluation</source>
        <translation>Última evaluación</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+20"/>
        <source>Your evaluations signed on this tablet</source>
        <translation>Sus evaluaciones firmadas en esta tableta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: candidates to score — {exam}</source>
        <translation>{name}: candidatos por calificar — {exam}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, seat {seat}</source>
        <translation>, puesto {seat}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — second, independent evaluation</source>
        <translation> — segunda evaluación, independiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — your marks in progress</source>
        <translation> — sus calificaciones en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({number}){seat}: {checklist}{second}</source>
        <translation>{name} ({number}){seat}: {checklist}{second}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is waiting for you to score them. New candidates appear here when they are checked in.</source>
        <translation>No hay nadie esperando su calificación. Los candidatos nuevos aparecen aquí cuando se registra su llegada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved on the station.</source>
        <translation>Guardada en la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept on this tablet; not on the station yet (sent again when connected).</source>
        <translation>Guardada en esta tableta; aún no está en la estación (se envía de nuevo al conectarse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stored by the station: {why}</source>
        <translation>La estación no la guardó: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{candidate} — {checklist}: {where}</source>
        <translation>{candidate} — {checklist}: {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have signed nothing on this tablet yet.</source>
        <translation>Todavía no ha firmado nada en esta tableta.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../app/ui/proctor/check_in.py" line="+26"/>
        <source>passport</source>
        <translation>pasaporte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>national identity card</source>
        <translation>documento nacional de identidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driving licence</source>
        <translation>licencia de conducir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>residence permit</source>
        <translation>permiso de residencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other photo ID</source>
        <translation>otra identificación con foto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Import roster (CSV)…</source>
        <translation>&amp;Importar lista (CSV)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import roster CSV</source>
        <translation>Importar lista de candidatos CSV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Roster import result</source>
        <translation>Resultado de la importación de la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked in:</source>
        <translation>Registrados:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the roster</source>
        <translation>Elija la lista de candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The roster {file} cannot be read ({why}). Save it as UTF-8 CSV and import it again.</source>
        <translation>No se puede leer la lista {file} ({why}). Guárdela como CSV UTF-8 e impórtela de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The roster was not imported: {n} problem(s). Fix them all in the file and import it again:
• {list}</source>
        <translation>No se importó la lista: {n} problema(s). Corríjalos todos en el archivo e impórtela de nuevo:
• {list}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {n} candidate(s). Choose one as they arrive, check their ID and admit them.</source>
        <translation>Se importaron {n} candidato(s). Elija a cada uno al llegar, verifique su identificación y admítalo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Admit and create the attempt</source>
        <translation>&amp;Admitir y crear el intento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admit candidate</source>
        <translation>Admitir al candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in result</source>
        <translation>Resultado del registro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidate num&amp;ber:</source>
        <translation>Núm&amp;ero de candidato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Candidate number</source>
        <translation>Número de candidato</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Save a roster tem&amp;plate…</source>
        <translation>Guardar una &amp;plantilla de lista…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a roster template</source>
        <translation>Guardar una plantilla de lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A roster is a CSV file with one candidate a line: number and name, and if needed the seat, extra time, rest breaks, text size and prerequisite credential numbers. Start from the template: its first line names the columns. Choose a waiting candidate to fill the form, check their ID, then admit them.</source>
        <translation>Una lista es un archivo CSV con un candidato por línea: número y nombre y, si hace falta, el puesto, el tiempo adicional, los descansos, el tamaño de texto y los números de credenciales previas. Parta de la plantilla: su primera línea nombra las columnas. Elija un candidato en espera para rellenar el formulario, compruebe su identificación y admítalo.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save the roster template</source>
        <translation>Guardar la plantilla de lista</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The template was not saved ({why}). Choose another folder and try again.</source>
        <translation>La plantilla no se guardó ({why}). Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the roster template as {file}. Replace the example line with your candidates, then import it.</source>
        <translation>Plantilla de lista guardada como {file}. Sustituya la línea de ejemplo por sus candidatos y luego impórtela.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Seat:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assigned at random</source>
        <translation>asignado al azar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exam form</source>
        <translation>Versión del examen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For&amp;m:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID verification</source>
        <translation>Verificación de identidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose the ID shown…</source>
        <translation>elija la identificación presentada…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ID type</source>
        <translation>Tipo de identificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I&amp;D type:</source>
        <translation>Tipo de i&amp;dentificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 6 letters or digits</source>
        <translation>de 2 a 6 letras o dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last digits of the ID:</source>
        <translation>Últi&amp;mos dígitos de la identificación:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last digits of the ID number</source>
        <translation>Últimos dígitos del número de identificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verified by:</source>
        <translation>Verificada p&amp;or:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID verified by</source>
        <translation>Identificación verificada por</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eligibility</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exam is an add-on to {names}. Check the candidate&apos;s certificate and record its number.</source>
        <translation>Este examen es un complemento de {names}. Revise el certificado del candidato y anote su número.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} n&amp;umber:</source>
        <translation>N&amp;úmero de {name}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} credential number</source>
        <translation>Número de credencial de {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accommodations</source>
        <translation>Adaptaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> × time</source>
        <translation> × tiempo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Time multiplier:</source>
        <translation>Multiplicador de &amp;tiempo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time multiplier</source>
        <translation>Multiplicador de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rest breaks:</source>
        <translation>&amp;Descansos:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rest breaks</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text si&amp;ze:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>enter the candidate number</source>
        <translation>escriba el número de candidato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>candidate {n} is already checked in</source>
        <translation>el candidato {n} ya está registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter the candidate&apos;s full name</source>
        <translation>escriba el nombre completo del candidato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the type of ID the candidate showed</source>
        <translation>elija el tipo de identificación que presentó el candidato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the last 2 to 6 letters or digits of the ID number</source>
        <translation>escriba las últimas 2 a 6 letras o dígitos del número de identificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter who verified the ID</source>
        <translation>escriba quién verificó la identificación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the {name} credential number</source>
        <translation>escriba el número de credencial de {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not admitted yet: {list}.</source>
        <translation>Aún no admitido: {list}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{m:g} minutes</source>
        <translation>{m:g} minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no time limit</source>
        <translation>sin límite de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted {name} ({number}): {limit}, text {scale} %, {breaks} rest break(s). Their attempt is ready; it starts on their screen. Next: the next candidate, or watch the console.</source>
        <translation>Admitido {name} ({number}): {limit}, texto al {scale} %, {breaks} descanso(s). Su intento está listo; empieza en su pantalla. Siguiente paso: el próximo candidato, o vigile la consola.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <location filename="../../app/ui/admin/check_screen.py" line="+37"/>
        <source>Station readiness check</source>
        <translation>Comprobación de la estación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run this the day before the exam. Choose the exam package to check that it opens here; the release code is optional until exam day.</source>
        <translation>Hágala el día anterior al examen. Elija el paquete de examen para comprobar que se abre aquí; el código de apertura es opcional hasta el día del examen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exam package to check</source>
        <translation>Paquete de examen que se comprobará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose package…</source>
        <translation>&amp;Elegir paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose package</source>
        <translation>Elegir paquete</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Release code (optional)</source>
        <translation>Código de apertura (opcional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Run the check</source>
        <translation>Hacer la &amp;comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the check</source>
        <translation>Hacer la comprobación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details and next step</source>
        <translation>Detalles y siguiente paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check results</source>
        <translation>Resultados de la comprobación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an exam package</source>
        <translation>Elija un paquete de examen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam packages (*.exampkg)</source>
        <translation>Paquetes de examen (*.exampkg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PASS</source>
        <translation>CORRECTO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WARN</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {step}</source>
        <translation>Qué hacer: {step}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not ready: fix the items marked FAIL.</source>
        <translation>No está lista: corrija los puntos marcados como FALLO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready, with {n} warning(s) to read.</source>
        <translation>Lista, con {n} advertencia(s) que leer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready.</source>
        <translation>Lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{verdict} The report was saved to {path}; send it to your credential body if asked.</source>
        <translation>{verdict} El informe se guardó en {path}; envíelo a su organismo certificador si se lo piden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check could not run ({kind}). Try again; report it if it repeats.</source>
        <translation>No se pudo hacer la comprobación ({kind}). Inténtelo de nuevo; avise si se repite.</translation>
    </message>
</context>
<context>
    <name>CheckedInTable</name>
    <message>
        <location filename="../../app/ui/proctor/roster_table.py" line="+73"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accommodations</source>
        <translation>Adaptaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID checked</source>
        <translation>Identificación verificada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prerequisite no.</source>
        <translation>N.º de requisito previo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidates checked in</source>
        <translation>Candidatos registrados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{m:g}× time</source>
        <translation>{m:g}× tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} break(s)</source>
        <translation>{n} descanso(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text {s} %</source>
        <translation>texto al {s} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} …{digits}, by {who}</source>
        <translation>{kind} …{digits}, por {who}</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <location filename="../../app/ui/evaluator/checklist_form.py" line="+44"/>
        <source>Task time</source>
        <translation>Tiempo de la tarea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running score</source>
        <translation>Puntuación acumulada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys: D done, N not done, A not applicable; arrows move between steps; Tab reaches the note.</source>
        <translation>Teclas: D hecho, N no hecho, A no aplica; las flechas pasan de un paso a otro; Tab llega a la nota.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Mark every step before signing; still unmarked: step(s) {list}.</source>
        <translation>Califique todos los pasos antes de firmar; aún sin calificar: paso(s) {list}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A critical step marked Not done needs a short reason: step(s) {list}. Type it in the step&apos;s reason field, then sign.</source>
        <translation>Un paso crítico marcado como No hecho necesita un motivo breve: paso(s) {list}. Escríbalo en el campo de motivo del paso y luego firme.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Task time {t}</source>
        <translation>Tiempo de la tarea {t}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> of {m:g} min</source>
        <translation> de {m:g} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — over time</source>
        <translation> — fuera de tiempo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Score so far: {p:g} of {q:g} points ({pc:.0f} %)</source>
        <translation>Puntuación hasta ahora: {p:g} de {q:g} puntos ({pc:.0f} %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — will FAIL: {why}</source>
        <translation> — NO APROBARÁ: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; {n} step(s) to mark.</source>
        <translation>; {n} paso(s) por calificar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; every step marked.</source>
        <translation>; todos los pasos calificados.</translation>
    </message>
</context>
<context>
    <name>ClozeAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/cloze.py" line="+24"/>
        <source>Blank {n}</source>
        <translation>Espacio {n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the word or value for this blank</source>
        <translation>Elija la palabra o el valor para este espacio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a number for this blank</source>
        <translation>Escriba un número para este espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the word or words for this blank</source>
        <translation>Escriba la palabra o las palabras para este espacio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill in each numbered blank of the text.</source>
        <translation>Complete cada espacio numerado del texto.</translation>
    </message>
</context>
<context>
    <name>ColumnHeadings</name>
    <message>
        <location filename="../../app/ui/admin/column_headings.py" line="+20"/>
        <source>exam</source>
        <translation>examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>center</source>
        <translation>centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>candidate number</source>
        <translation>número de candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>candidate name</source>
        <translation>nombre del candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raw</source>
        <translation>bruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum</source>
        <translation>máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scaled</source>
        <translation>escalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written passed</source>
        <translation>escrito aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklists</source>
        <translation>listas de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credential</source>
        <translation>credencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes used</source>
        <translation>minutos usados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest breaks</source>
        <translation>descansos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>incidentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domains</source>
        <translation>áreas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held for review</source>
        <translation>retenido para revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counted in statistics</source>
        <translation>contado en las estadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out because</source>
        <translation>excluido porque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempts</source>
        <translation>intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>retenidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>con el tiempo agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided</source>
        <translation>anulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out</source>
        <translation>excluidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counted</source>
        <translation>contados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass rate</source>
        <translation>tasa de aprobados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % interval from</source>
        <translation>intervalo del 95 % desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % interval to</source>
        <translation>intervalo del 95 % hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes median</source>
        <translation>mediana de minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes p90</source>
        <translation>minutos p90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes max</source>
        <translation>minutos máx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents per attempt</source>
        <translation>incidentes por intento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempts with incidents</source>
        <translation>intentos con incidentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident types</source>
        <translation>tipos de incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>ítem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point biserial</source>
        <translation>biserial puntual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omit rate</source>
        <translation>tasa de omisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choices</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flags</source>
        <translation>alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>aprobados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean percent</source>
        <translation>porcentaje medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SD of percent</source>
        <translation>DE del porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean item p</source>
        <translation>p media de los ítems</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>left the exam window</source>
        <translation>salió de la ventana del examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>came back to the exam window</source>
        <translation>volvió a la ventana del examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy or paste blocked</source>
        <translation>copiar o pegar bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key blocked</source>
        <translation>tecla bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen connected</source>
        <translation>pantalla conectada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen disconnected</source>
        <translation>pantalla desconectada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra screens covered</source>
        <translation>pantallas adicionales cubiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forbidden program</source>
        <translation>programa prohibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>program check unavailable</source>
        <translation>comprobación de programas no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desktop shortcuts not held back</source>
        <translation>atajos del escritorio no retenidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong exit PIN</source>
        <translation>PIN de salida incorrecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlocked by the proctor</source>
        <translation>desbloqueado por el supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disruption in the room</source>
        <translation>alteración en la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical problem</source>
        <translation>problema técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspected misconduct</source>
        <translation>sospecha de conducta indebida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>illness</source>
        <translation>enfermedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>en_GB</source>
        <comment>locale</comment>
        <translation>es_ES</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../app/ui/candidate/confirm.py" line="+27"/>
        <location line="+34"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leave the section “{title}”?</source>
        <translation>¿Salir de la sección «{title}»?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have answered every question in this section.</source>
        <translation>Ha respondido todas las preguntas de esta sección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This section closes when you leave it: you will not be able to come back to it or change its answers.</source>
        <translation>Esta sección se cierra al salir de ella: no podrá volver ni cambiar sus respuestas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay in this section</source>
        <translation>Quedarme en esta sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the section</source>
        <translation>Volver a la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the section</source>
        <translation>Salir de la sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this section and go on</source>
        <translation>Cerrar esta sección y continuar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish the exam?</source>
        <translation>¿Terminar el examen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have answered every question.</source>
        <translation>Ha respondido todas las preguntas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you submit, the exam ends: you cannot change your answers.</source>
        <translation>Al entregar, el examen termina: no podrá cambiar sus respuestas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to the exam without submitting</source>
        <translation>Volver al examen sin entregar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit my answers</source>
        <translation>Entregar mis respuestas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the exam and submit your answers</source>
        <translation>Terminar el examen y entregar sus respuestas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a rest break now?</source>
        <translation>¿Tomar ahora un descanso?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest breaks left, including this one: {n}.</source>
        <translation>Descansos que le quedan, incluido este: {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your time stops and the questions are hidden until you return. Tell the proctor before you leave your seat.</source>
        <translation>Su tiempo se detiene y las preguntas se ocultan hasta que vuelva. Avise al supervisor antes de dejar su asiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return to the exam without a break</source>
        <translation>Volver al examen sin descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the break</source>
        <translation>Empezar el descanso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the clock and hide the questions</source>
        <translation>Detener el reloj y ocultar las preguntas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not answered ({count}): question {numbers}.</source>
        <translation>Sin responder ({count}): pregunta {numbers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered ({count}): questions {numbers}.</source>
        <translation>Sin responder ({count}): preguntas {numbers}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No question is left blank.</source>
        <translation>No queda ninguna pregunta en blanco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only partly answered ({count}): question {numbers}.</source>
        <translation>Respondida solo en parte ({count}): pregunta {numbers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partly answered ({count}): questions {numbers}.</source>
        <translation>Respondidas solo en parte ({count}): preguntas {numbers}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flagged for review: question {numbers}.</source>
        <translation>Marcada para revisar: pregunta {numbers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged for review: questions {numbers}.</source>
        <translation>Marcadas para revisar: preguntas {numbers}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <location filename="../../app/ui/proctor/console.py" line="+36"/>
        <source>Candidates in this session</source>
        <translation>Candidatos de esta sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Console result</source>
        <translation>Resultado de la consola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a candidate, then an action. Point at a column&apos;s heading to see what it counts.</source>
        <translation>Elija un candidato y luego una acción. Señale un encabezado para ver qué cuenta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause the chosen candidate</source>
        <translation>Pausar al candidato elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>Resume the chosen candidate</source>
        <translation>Reanudar al candidato elegido</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Add &amp;time…</source>
        <translation>Agregar &amp;tiempo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add time for the chosen candidate</source>
        <translation>Agregar tiempo al candidato elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Void…</source>
        <translation>A&amp;nular…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Void the chosen attempt</source>
        <translation>Anular el intento elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incident…</source>
        <translation>&amp;Incidente…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report an incident</source>
        <translation>Informar de un incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;screen</source>
        <translation>Abrir &amp;pantalla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the chosen candidate&apos;s exam screen again (after it was closed or could not start)</source>
        <translation>Abrir de nuevo la pantalla del examen del candidato elegido (si se cerró o no pudo iniciarse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause &amp;all</source>
        <translation>Pausar a &amp;todos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+159"/>
        <source>Pause every candidate</source>
        <translation>Pausar a todos los candidatos</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Resume a&amp;ll</source>
        <translation>Reanudar a t&amp;odos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume every paused candidate</source>
        <translation>Reanudar a todos los candidatos en pausa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The console could not be refreshed: {why}</source>
        <translation>No se pudo actualizar la consola: {why}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Confirm the &amp;return</source>
        <translation>Confirmar el &amp;regreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the chosen candidate&apos;s return from the rest break</source>
        <translation>Confirmar el regreso del descanso del candidato elegido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} ({number}), seat {seat}</source>
        <translation>{name} ({number}), puesto {seat}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({number}), no seat given</source>
        <translation>{name} ({number}), sin puesto asignado</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pause {who}</source>
        <translation>Pausar a {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The candidate&apos;s clock stops until you resume them.</source>
        <translation>El reloj del candidato se detiene hasta que lo reanude.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause now</source>
        <translation>&amp;Pausar ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused {who}: their clock is stopped. Press Resume when they can go on.</source>
        <translation>Se pausó a {who}: su reloj está detenido. Pulse Reanudar cuando pueda continuar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{who} is back from the rest break: their clock runs again.</source>
        <translation>{who} volvió del descanso: su reloj corre de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed {who}: their clock runs again.</source>
        <translation>Se reanudó a {who}: su reloj vuelve a correr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add time for {who}</source>
        <translation>Agregar tiempo a {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time is added to this candidate&apos;s exam time only.</source>
        <translation>El tiempo se agrega solo al tiempo de examen de este candidato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add time</source>
        <translation>&amp;Agregar tiempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added {m} minutes for {who}.</source>
        <translation>Se agregaron {m} minutos a {who}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voiding needs your proctor PIN, and your account has none. Ask a station administrator to set one (Accounts…), then void again.</source>
        <translation>Para anular se necesita su PIN de supervisor y su cuenta no tiene uno. Pida a un administrador de la estación que le asigne uno (Cuentas…) y vuelva a anular.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voided the attempt of {who}. The reason is in the record.</source>
        <translation>Se anuló el intento de {who}. El motivo queda registrado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded the incident for {who}.</source>
        <translation>Se registró el incidente de {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every writing candidate&apos;s clock stops until you resume them.</source>
        <translation>El reloj de todos los candidatos que están escribiendo se detiene hasta que los reanude.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause everyone</source>
        <translation>&amp;Pausar a todos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused {n} candidate(s): their clocks are stopped. Press Resume all when the room can go on.</source>
        <translation>Se pausó a {n} candidato(s): sus relojes están detenidos. Pulse Reanudar a todos cuando la sala pueda continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resumed {n} candidate(s): their clocks run again.</source>
        <translation>Se reanudó a {n} candidato(s): sus relojes vuelven a correr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{why} Check the console: some candidates may already be changed.</source>
        <translation>{why} Revise la consola: puede que algunos candidatos ya hayan cambiado.</translation>
    </message>
</context>
<context>
    <name>CoverWindow</name>
    <message>
        <location filename="../../app/ui/lockdown/screens.py" line="+52"/>
        <source>This screen is not used during the exam.</source>
        <translation>Esta pantalla no se usa durante el examen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen not used during the exam</source>
        <translation>Pantalla sin uso durante el examen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Covered screen</source>
        <translation>Pantalla cubierta</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../../app/ui/admin/credentials_tab.py" line="+24"/>
        <source>Credentials go to candidates whose session&apos;s results are released (Release tab). Publish the status list where verifiers find it, and publish it again before 30 days pass.</source>
        <translation>Las credenciales son para los candidatos cuya sesión tiene los resultados publicados (pestaña Publicación). Publique la lista de estado donde la encuentren los verificadores y vuelva a publicarla antes de que pasen 30 días.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for credentials and the status list</source>
        <translation>Carpeta de las credenciales y de la lista de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&amp;ssue credentials for released passes</source>
        <translation>E&amp;mitir credenciales de los aprobados publicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue credentials for released passes</source>
        <translation>Emitir credenciales de los aprobados publicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish the status list</source>
        <translation>&amp;Publicar la lista de estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish the status list</source>
        <translation>Publicar la lista de estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued credentials</source>
        <translation>Credenciales emitidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for revoking</source>
        <translation>Motivo de la revocación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the chosen credential must no longer stand</source>
        <translation>Por qué la credencial elegida deja de ser válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke the chosen credential</source>
        <translation>Re&amp;vocar la credencial elegida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke the chosen credential</source>
        <translation>Revocar la credencial elegida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Revoked on {day}: {why}</source>
        <translation>Revocada el {day}: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for credentials</source>
        <translation>Carpeta de las credenciales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issuing and signing the credentials…</source>
        <translation>Emitiendo y firmando las credenciales…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> {n} passes wait for their session&apos;s release.</source>
        <translation> {n} aprobados esperan la publicación de su sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> {n} were not issued: their candidate number cannot be carried.</source>
        <translation> {n} no se emitieron: su número de candidato no se puede incluir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued {n} credentials into {folder} ({already} issued before).{waiting}{skipped} Publish the status list beside them: {status}</source>
        <translation>Se emitieron {n} credenciales en {folder} ({already} emitidas antes).{waiting}{skipped} Publique la lista de estado junto a ellas: {status}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing the status list…</source>
        <translation>Firmando la lista de estado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}. Publish it where verifiers look, and a new one before 30 days pass.</source>
        <translation>Se escribió {path}. Publíquela donde consultan los verificadores, y una nueva antes de que pasen 30 días.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a credential in the list first, then revoke it.</source>
        <translation>Primero elija una credencial de la lista y luego revóquela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoking and signing the new status list…</source>
        <translation>Revocando y firmando la nueva lista de estado…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoked the credential of {who}. Publish the new status list now: {path}</source>
        <translation>Se revocó la credencial de {who}. Publique ahora la nueva lista de estado: {path}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unlocked. Do it again.</source>
        <translation>Desbloqueado. Hágalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CriticalCriteria</name>
    <message>
        <location filename="../../app/ui/evaluator/checklist_form.py" line="-191"/>
        <location line="+12"/>
        <source>Critical criteria</source>
        <translation>Criterios críticos</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Any one of these not done fails the candidate, whatever the points. A critical step not done needs a short reason before sign-off.</source>
        <translation>Si cualquiera de estos no se hace, el candidato no aprueba, sean cuales sean los puntos. Un paso crítico no hecho necesita un motivo breve antes de firmar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These steps are marked critical on the sheet; this checklist passes on its points.</source>
        <translation>Estos pasos figuran como críticos en la hoja; esta lista de verificación se aprueba por sus puntos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not applicable</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not marked yet</source>
        <translation>aún sin calificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT DONE — reason: {why}</source>
        <translation>NO HECHO — motivo: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT DONE — reason still needed</source>
        <translation>NO HECHO — falta el motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {n}: {text} — {state}</source>
        <translation>Paso {n}: {text} — {state}</translation>
    </message>
</context>
<context>
    <name>Deciders</name>
    <message>
        <location filename="../../app/ui/evaluator/reconcile.py" line="+80"/>
        <source>{a} and {b}, together</source>
        <translation>{a} y {b}, juntos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({username}), a third evaluator</source>
        <translation>{name} ({username}), un tercer evaluador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who decides the differences</source>
        <translation>Quién decide las diferencias</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Record the reconciliation</source>
        <translation>&amp;Registrar la resolución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the reconciliation</source>
        <translation>Registrar la resolución</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decided &amp;by:</source>
        <translation>Decidido &amp;por:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{who}&apos;s PIN:</source>
        <translation>PIN de {who}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN of {who}</source>
        <translation>PIN de {who}</translation>
    </message>
</context>
<context>
    <name>Difference</name>
    <message>
        <location line="-112"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}: {mark}{note}</source>
        <translation>{who}: {mark}{note}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decide {mark}: {step}</source>
        <translation>Decidir {mark}: {step}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why (required)</source>
        <translation>Por qué (obligatorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the decision on {step}</source>
        <translation>Motivo de la decisión sobre {step}</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <location filename="../../app/ui/candidate/end_screens.py" line="+100"/>
        <location line="+79"/>
        <source>Score report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Save a copy for the proctor</source>
        <translation>Guardar una copia para el supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the score report as a PDF with this session&apos;s results; the proctor can print it for you</source>
        <translation>Guarda el informe de resultados como PDF con los resultados de esta sesión; el supervisor puede imprimírselo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the proctor if you would like a printed copy of this report.</source>
        <translation>Pida al supervisor una copia impresa de este informe si la desea.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>End of the exam</source>
        <translation>Fin del examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys and Page Down scroll this page</source>
        <translation>Las flechas y Av Pág desplazan esta página</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The exam time is over. Your saved answers have been submitted.</source>
        <translation>El tiempo del examen ha terminado. Sus respuestas guardadas se han entregado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some answers were not saved yet: tell the proctor now.</source>
        <translation>Algunas respuestas aún no se habían guardado: avise ahora al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exam has been stopped</source>
        <translation>Este examen se ha detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proctor has ended this attempt. Please stay seated and wait for the proctor.</source>
        <translation>El supervisor ha terminado este intento. Permanezca sentado y espere al supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exam continues on another computer</source>
        <translation>Este examen continúa en otro equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proctor has moved your exam to another station. Please wait for the proctor.</source>
        <translation>El supervisor ha trasladado su examen a otro puesto. Espere al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your exam is submitted</source>
        <translation>Su examen se ha entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Your answers are saved and submitted. Please wait for the proctor&apos;s instructions.</source>
        <translation>Gracias. Sus respuestas están guardadas y entregadas. Espere las instrucciones del supervisor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The copy could not be saved ({reason}). Ask the proctor to print the report for you.</source>
        <translation>No se pudo guardar la copia ({reason}). Pida al supervisor que le imprima el informe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. The proctor can print it for you or give you the file ({name}).</source>
        <translation>Guardado. El supervisor puede imprimírselo o entregarle el archivo ({name}).</translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <location filename="../../app/ui/proctor/action_dialogs.py" line="+204"/>
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the session of “{exam}” ({n} attempt(s), all finished)? Nobody can be checked in or continue after that; the next step is to export the results. It cannot be undone.</source>
        <translation>¿Terminar la sesión de «{exam}» ({n} intento(s), todos terminados)? Después nadie podrá registrarse ni continuar; el siguiente paso es exportar los resultados. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the session open</source>
        <translation>&amp;Mantener la sesión abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End the session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../build/error_templates.py" line="+16"/>
        <source>&apos;{decision}&apos; is not a decision.</source>
        <translation>«{decision}» no es una decisión válida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{item_id}&apos; is not a manually scored item of this exam.</source>
        <translation>«{item_id}» no es una pregunta de este examen que se puntúe a mano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{kind}&apos; is not an event an attempt can have.</source>
        <translation>«{kind}» no es un evento que pueda tener un intento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{name}&apos; {fingerprint}; trusts {bodies}</source>
        <translation>«{name}» {fingerprint}; confía en {bodies}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{role}&apos; is not a marking role.</source>
        <translation>«{role}» no es un rol de corrección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a station id (12 letters and digits such as {station_id}; a typing mistake is caught by its last two).</source>
        <translation>«{text}» no es un identificador de estación (12 letras y cifras, como {station_id}; las dos últimas detectan un error al escribirlo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not an address like {example}</source>
        <translation>«{text}» no es una dirección como {example}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{title}&apos; opens with this station&apos;s key: {items} items, {media} media files</source>
        <translation>«{title}» se abre con la clave de esta estación: {items} preguntas, {media} archivos multimedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{username}&apos; is not a marker.</source>
        <translation>«{username}» no es un corrector.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>*, + or ? has nothing to repeat</source>
        <translation>un *, + o ? no tiene nada delante que repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--companion and --skip-unsupported apply to QTI content packages only.</source>
        <translation>--companion y --skip-unsupported solo sirven para paquetes de contenido QTI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--issuer {option} is not an Ed25519 did:key.</source>
        <translation>--issuer {option} no es una clave did:key Ed25519.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--not-after must be later than --not-before.</source>
        <translation>--not-after debe ser posterior a --not-before.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A checklist evaluation</source>
        <translation>Una evaluación de lista de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A critical step marked Not done needs a short reason ({unexplained}).</source>
        <translation>Un paso crítico marcado como No hecho necesita un motivo breve ({unexplained}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decision needs a reason.</source>
        <translation>Una decisión necesita un motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decision needs the name of who takes it.</source>
        <translation>Una decisión necesita el nombre de quien la toma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A faster local disk would make saving snappier.</source>
        <translation>Con un disco local más rápido, las respuestas se guardarían con más agilidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A flag</source>
        <translation>Una marca para revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A highlight or struck-out option</source>
        <translation>Un resaltado o una opción tachada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A move to an item</source>
        <translation>Un paso a una pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A move to another station</source>
        <translation>Un traslado a otra estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pause</source>
        <translation>Una pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is required to revoke a credential.</source>
        <translation>Para revocar una credencial hace falta un motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reconciliation is decided by both evaluators together, or by a third evaluator who did neither evaluation.</source>
        <translation>Una conciliación la deciden los dos evaluadores juntos, o un tercer evaluador que no hizo ninguna de las dos evaluaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A release needs the name of who releases.</source>
        <translation>Para publicar hace falta el nombre de quien publica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rest break can start only while the exam is running.</source>
        <translation>Un descanso solo puede empezar mientras el examen está en curso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A resume</source>
        <translation>Una reanudación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A seat may not record &apos;{kind}&apos; events.</source>
        <translation>Un puesto no puede registrar eventos «{kind}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A seat name is 1 to 60 characters.</source>
        <translation>El nombre de un puesto tiene de 1 a 60 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second evaluation must come from another evaluator.</source>
        <translation>La segunda evaluación debe hacerla otro evaluador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A start</source>
        <translation>Un inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A status list lifetime must be 1 to {days} days.</source>
        <translation>La vigencia de una lista de estado debe ser de 1 a {days} días.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A submission</source>
        <translation>Una entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A time-out</source>
        <translation>Un fin de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user name and a display name are needed.</source>
        <translation>Hacen falta un nombre de usuario y un nombre para mostrar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A void</source>
        <translation>Una anulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --to CENTER.json for each testing center.</source>
        <translation>Añada --to CENTRO.json por cada centro de examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or enable another administrator first.</source>
        <translation>Primero añada o active otro administrador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account named &apos;{username}&apos; already exists.</source>
        <translation>Ya existe una cuenta llamada «{username}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An answer</source>
        <translation>Una respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An attempt in this bundle was changed by another import at the same moment.</source>
        <translation>Otra importación cambió al mismo tiempo un intento de este paquete de resultados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An extension</source>
        <translation>Una ampliación de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An extension of {ms} ms: an extension must add time.</source>
        <translation>Una ampliación de {ms} ms: una ampliación debe añadir tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An incident</source>
        <translation>Un incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interruption</source>
        <translation>Una interrupción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another export of this session ran at the same moment.</source>
        <translation>Otra exportación de esta sesión se hizo al mismo tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer this question before you move on.</source>
        <translation>Responda esta pregunta antes de continuar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a second evaluator.</source>
        <translation>Pida a un segundo evaluador que la haga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an adjudicator, or mark responses instead.</source>
        <translation>Pida ayuda a un árbitro, o corrija respuestas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the center to export it again.</source>
        <translation>Pida al centro que lo exporte de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the credential body for a new copy of the package.</source>
        <translation>Pida al organismo certificador una copia nueva del paquete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the credential body for a new package, or check this computer&apos;s date.</source>
        <translation>Pida al organismo certificador un paquete nuevo, o compruebe la fecha de este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the credential body for a package built for this center.</source>
        <translation>Pida al organismo certificador un paquete preparado para este centro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the proctor.</source>
        <translation>Pregunte al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the seat to start pairing again.</source>
        <translation>Pida en el puesto que vuelvan a empezar el emparejamiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the sender for the file made by `examstation keys export`.</source>
        <translation>Pida a quien lo envió el archivo que crea `examstation keys export`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the sender to export it again and compare the fingerprint by phone.</source>
        <translation>Pida a quien lo envió que lo exporte de nuevo y comparen la huella por teléfono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the sender to export it again.</source>
        <translation>Pida a quien lo envió que lo exporte de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the testing center to export it again.</source>
        <translation>Pida al centro de examen que lo exporte de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a seat instead.</source>
        <translation>Asigne un puesto en su lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt {part_id} in this bundle does not extend what its center sent before (it was already imported with different content).</source>
        <translation>El intento {part_id} de este paquete no continúa lo que su centro envió antes (ya se importó con otro contenido).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt {part_id} was imported from another center.</source>
        <translation>El intento {part_id} se importó desde otro centro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both {first} and {second} enter their PINs, or a third evaluator enters theirs.</source>
        <translation>Que {first} y {second} introduzcan su PIN, o que un tercer evaluador introduzca el suyo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate {number}: held for review ({finding}); decide whether it counts.</source>
        <translation>Candidato {number}: retenido para revisión ({finding}); decida si cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate {number}: the two evaluators of &apos;{checklist}&apos; disagree and have not reconciled.</source>
        <translation>Candidato {number}: los dos evaluadores de «{checklist}» no coinciden y aún no han resuelto sus diferencias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate {number}: {count} answer(s) still to be marked.</source>
        <translation>Candidato {number}: {count} respuesta(s) aún por calificar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center &apos;{center}&apos; ({center_fingerprint}) is not registered with this body.</source>
        <translation>El centro «{center}» ({center_fingerprint}) no está registrado en este organismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center &apos;{center}&apos; ({center_fingerprint}) was not among the recipients of package {package_id}; its results for it are not accepted.</source>
        <translation>El centro «{center}» ({center_fingerprint}) no era destinatario del paquete {package_id}; no se aceptan sus resultados de ese paquete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check by hand that no remote-desktop, recording or chat program runs.</source>
        <translation>Compruebe a mano que no haya abierto ningún programa de escritorio remoto, de grabación ni de chat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this station holds the center keys the package was built for.</source>
        <translation>Compruebe que esta estación tiene las claves del centro para el que se preparó el paquete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the attempt id.</source>
        <translation>Compruebe el identificador del intento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the candidate in first.</source>
        <translation>Primero registre la llegada del candidato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the clock, then verify again.</source>
        <translation>Compruebe el reloj y vuelva a verificar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the code with the credential body and enter it again.</source>
        <translation>Compruebe el código con el organismo certificador e introdúzcalo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the credential&apos;s id.</source>
        <translation>Compruebe el identificador de la credencial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk; the action was not done.</source>
        <translation>Compruebe el disco; la acción no se hizo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file and the USB stick, then try again.</source>
        <translation>Compruebe el archivo y la memoria USB y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file.</source>
        <translation>Compruebe el archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the id (results pending lists them).</source>
        <translation>Compruebe el identificador (results pending los muestra).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the item id.</source>
        <translation>Compruebe el identificador de la pregunta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network cable and that the proctor has opened the room.</source>
        <translation>Compruebe el cable de red y que el supervisor haya abierto la sala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and the USB stick.</source>
        <translation>Compruebe la ruta y la memoria USB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path or server address and that it is writable.</source>
        <translation>Compruebe la ruta o la dirección del servidor y que se pueda escribir en ella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path.</source>
        <translation>Compruebe la ruta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the session id (the Release tab or `results sessions` lists them).</source>
        <translation>Compruebe el identificador de la sesión (la pestaña Publicación o `results sessions` los muestran).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the session id.</source>
        <translation>Compruebe el identificador de la sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the station&apos;s disk.</source>
        <translation>Compruebe el disco de la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a .exampkg file from the credential body.</source>
        <translation>Elija un archivo .exampkg del organismo certificador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a candidate from the console.</source>
        <translation>Elija un candidato en la consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a candidate from the list.</source>
        <translation>Elija un candidato de la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a candidate seat.</source>
        <translation>Elija un puesto de candidato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a free seat.</source>
        <translation>Elija un puesto libre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a free spare seat.</source>
        <translation>Elija un puesto de reserva libre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a longer PIN.</source>
        <translation>Elija un PIN más largo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a longer passphrase.</source>
        <translation>Elija una frase de contraseña más larga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a longer password.</source>
        <translation>Elija una contraseña más larga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a random code, such as the one the build window suggests.</source>
        <translation>Elija un código al azar, como el que sugiere la ventana de preparación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a spare seat.</source>
        <translation>Elija un puesto de reserva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a writable folder with --home.</source>
        <translation>Elija con --home una carpeta en la que se pueda escribir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an account from the list.</source>
        <translation>Elija una cuenta de la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another user name.</source>
        <translation>Elija otro nombre de usuario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose count, exclude or void.</source>
        <translation>Elija count (contar), exclude (excluir) o void (anular).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of its checklists.</source>
        <translation>Elija una de sus listas de verificación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose that evaluator, or wait for the second evaluation.</source>
        <translation>Elija a ese evaluador, o espere a la segunda evaluación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup of the {wanted}&apos;s keys.</source>
        <translation>Elija la copia de seguridad de las claves de {wanted}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the other program using it, or choose another port.</source>
        <translation>Cierre el otro programa que lo usa, o elija otro puerto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close them before the exam.</source>
        <translation>Ciérrelos antes del examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the fingerprint with the center, then `examstation keys trust CENTER.json`.</source>
        <translation>Confirme la huella con el centro y luego ejecute `examstation keys trust CENTER.json`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the fingerprint with the center, then run `examstation keys trust {path}`.</source>
        <translation>Confirme la huella con el centro y luego ejecute `examstation keys trust {path}`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect a monitor and check the display settings.</source>
        <translation>Conecte un monitor y revise la configuración de pantalla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue it from the console.</source>
        <translation>Continúelo desde la consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue it from the console; a file is used once.</source>
        <translation>Continúelo desde la consola; cada archivo se usa una sola vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete them (they were never issued), then run `credential issue` again.</source>
        <translation>Bórrelos (nunca se emitieron) y vuelva a ejecutar `credential issue`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect extra screens, or lockdown covers them; some exams refuse to start.</source>
        <translation>Desconecte las pantallas adicionales; si no, el bloqueo las cubre y algunos exámenes no empiezan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not accept it; ask the holder or the issuing body.</source>
        <translation>No la acepte; consulte al titular o al organismo que la emitió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not accept it; if the issuer is genuine, get its identity file, confirm its fingerprint by phone and give --issuer FILE.</source>
        <translation>No la acepte; si el emisor es auténtico, consiga su archivo de identidad, confirme su huella por teléfono e indique --issuer ARCHIVO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not change anything on this station or restore its database; tell the credential body, which must review it.</source>
        <translation>No cambie nada en esta estación ni restaure su base de datos; avise al organismo certificador, que debe revisarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not edit or restore the station&apos;s database; tell the credential body, which must review it.</source>
        <translation>No edite ni restaure la base de datos de la estación; avise al organismo certificador, que debe revisarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a score in that range.</source>
        <translation>Introduzca una puntuación dentro de ese intervalo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the key passphrase.</source>
        <translation>Introduzca la frase de contraseña de las claves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the passphrase chosen when the backup was made.</source>
        <translation>Introduzca la frase de contraseña que se eligió al hacer la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the passphrase set at `keys init`.</source>
        <translation>Introduzca la frase de contraseña que se fijó con `keys init`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the release code the credential body gave you for exam day.</source>
        <translation>Introduzca el código de apertura que le dio el organismo certificador para el día del examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your PIN again.</source>
        <translation>Introduzca su PIN de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event {seq} follows event {last}: events are missing, repeated or out of order.</source>
        <translation>El evento {seq} va después del evento {last}: faltan eventos, están repetidos o fuera de orden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step needs a mark (Done, Not done or N/A) before sign-off.</source>
        <translation>Cada paso necesita una marca (Hecho, No hecho o N/A) antes de firmar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam time ran faster than the clock: {span} of exam time in {wall}.</source>
        <translation>El tiempo de examen avanzó más rápido que el reloj: {span} de tiempo de examen en {wall}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exam time went back from {before} to {after}.</source>
        <translation>El tiempo de examen retrocedió de {before} a {after}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExamStation {version}, database schema {revision}</source>
        <translation>ExamStation {version}, esquema de base de datos {revision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export again; the body needs the bundle of the export that counts.</source>
        <translation>Exporte de nuevo; el organismo necesita el paquete de la exportación que cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export it again from the first station.</source>
        <translation>Expórtelo de nuevo desde la primera estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export it again.</source>
        <translation>Expórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export on the station that ran the session.</source>
        <translation>Exporte en la estación en la que se hizo la sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in both.</source>
        <translation>Rellene los dos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the database problem and try again.</source>
        <translation>Resuelva el problema de la base de datos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the dates.</source>
        <translation>Corrija las fechas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix them (all are listed) and build again.</source>
        <translation>Corríjalos (están todos en la lista) y vuelva a preparar el paquete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free at least 1 GiB before exam day; answers need room.</source>
        <translation>Libere al menos 1 GiB antes del día del examen; las respuestas necesitan espacio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space: 1 GiB or more is advised.</source>
        <translation>Libere algo de espacio: se aconseja 1 GiB o más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get it again from the issuer.</source>
        <translation>Vuelva a pedírsela al emisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get the current status list from the issuer (the body publishes it with `examstation credential status`).</source>
        <translation>Consiga la lista de estado actual del emisor (el organismo la publica con `examstation credential status`).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give --reason.</source>
        <translation>Indique --reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give --status-days within that range.</source>
        <translation>Indique --status-days dentro de ese intervalo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give --status-list FILE (the issuer publishes it), or --no-status to skip the revocation check.</source>
        <translation>Indique --status-list ARCHIVO (lo publica el emisor), o --no-status para omitir la comprobación de revocación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the body&apos;s did:key, or its identity file.</source>
        <translation>Indique la did:key del organismo, o su archivo de identidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the body&apos;s identity file (from `keys export`) or its did:key.</source>
        <translation>Indique el archivo de identidad del organismo (de `keys export`) o su did:key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the center&apos;s identity file with --to.</source>
        <translation>Indique el archivo de identidad del centro con --to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the file made by `examstation keys export --role center`.</source>
        <translation>Indique el archivo que crea `examstation keys export --role center`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the id of the station that will continue the attempt (`examstation keys show` there).</source>
        <translation>Indique el identificador de la estación que continuará el intento (`examstation keys show` en esa estación).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the identity file of the body that issues the credentials.</source>
        <translation>Indique el archivo de identidad del organismo que emite las credenciales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the next response.</source>
        <translation>Continúe con la respuesta siguiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If that is your credential body, confirm the fingerprint with them by phone, then run `examstation keys trust BODY.json`.</source>
        <translation>Si es su organismo certificador, confirme la huella con ellos por teléfono y luego ejecute `examstation keys trust BODY.json`.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import into the database of the body that built the package (--db).</source>
        <translation>Impórtelo en la base de datos del organismo que preparó el paquete (--db).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import it at the body it was made for.</source>
        <translation>Impórtelo en el organismo para el que se hizo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import it on station {to_station}; a file moves an attempt to the one station it names.</source>
        <translation>Impórtelo en la estación {to_station}; un archivo traslada un intento solo a la estación que nombra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import it with that version, or update both stations first.</source>
        <translation>Impórtelo con esa versión, o actualice antes las dos estaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import that bundle first (the center exported it before this one), then this one.</source>
        <translation>Importe primero ese paquete (el centro lo exportó antes que este) y luego este.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the bundle again; nothing of it was written.</source>
        <translation>Importe de nuevo el paquete; no se guardó nada de él.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the center&apos;s earlier bundles of this session first.</source>
        <translation>Importe primero los paquetes anteriores del centro para esta sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the newer ExamStation that wrote it; nothing was changed.</source>
        <translation>Instale la versión más reciente de ExamStation que lo escribió; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows as saved as soon as the station has it; tell the proctor.</source>
        <translation>Aparecerá como guardada en cuanto la estación la reciba; avise al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item &apos;{item_id}&apos; is not on this form.</source>
        <translation>La pregunta «{item_id}» no está en esta versión del examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item &apos;{item}&apos; is in section {section}, not {other}.</source>
        <translation>La pregunta «{item}» está en la sección {section}, no en {other}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item &apos;{item}&apos; is not on the attempt&apos;s form {form}.</source>
        <translation>La pregunta «{item}» no está en la versión {form} del intento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its file was removed, so nothing was issued for it; fix the database problem and run `credential issue` again.</source>
        <translation>Su archivo se borró, así que no se emitió nada; resuelva el problema de la base de datos y vuelva a ejecutar `credential issue`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the passphrase at hand on exam day; an OS keyring avoids typing it.</source>
        <translation>Tenga a mano la frase de contraseña el día del examen; con un llavero del sistema no hace falta escribirla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave them out when building from an exam source folder.</source>
        <translation>No los use al preparar desde una carpeta de examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving a section</source>
        <translation>La salida de una sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the session again; it is released.</source>
        <translation>Vuelva a mirar la sesión; ya está publicada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new backup on the station that holds the keys.</source>
        <translation>Haga una copia de seguridad nueva en la estación que tiene las claves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the remaining steps.</source>
        <translation>Marque los pasos que faltan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the candidate to a spare seat first.</source>
        <translation>Primero traslade al candidato a un puesto de reserva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No OS keyring is available on this machine.</source>
        <translation>Este equipo no tiene llavero del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attempt {attempt_id} on this station.</source>
        <translation>No hay ningún intento {attempt_id} en esta estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No center given.</source>
        <translation>No se indicó ningún centro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No credential was issued: {unreleased} passing result(s) are in sessions whose results are not released (or changed since their release).</source>
        <translation>No se emitió ninguna credencial: hay {unreleased} resultado(s) aprobado(s) en sesiones cuyos resultados no están publicados (o cambiaron después de publicarse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No imported attempt {attempt_id}.</source>
        <translation>No hay ningún intento importado {attempt_id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No imported session {session_id}.</source>
        <translation>No hay ninguna sesión importada {session_id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No issued credential {credential_id}.</source>
        <translation>No hay ninguna credencial emitida {credential_id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rest breaks are left: {allowed} were granted and all have been taken.</source>
        <translation>No quedan descansos: se concedieron {allowed} y ya se han usado todos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rest breaks were granted for this exam.</source>
        <translation>En este examen no se concedieron descansos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No session {session_id} on this station.</source>
        <translation>No hay ninguna sesión {session_id} en esta estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No status list for the credential (looked for {file}).</source>
        <translation>No hay lista de estado para la credencial (se buscó {file}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such imported response.</source>
        <translation>No existe esa respuesta importada.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The station cannot be reached.</source>
        <translation>No se puede contactar con la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station could not read this evaluation. Score it again on this tablet; if it happens again, check that the station and the tablet run the same ExamStation version.</source>
        <translation>La estación no pudo leer esta evaluación. Vuelva a puntuarla en esta tableta; si vuelve a ocurrir, compruebe que la estación y la tableta usan la misma versión de ExamStation.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This home has no {role_name} keys.</source>
        <translation>Esta estación no tiene claves de {role_name}.</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Nobody is signed in on this tablet.</source>
        <translation>Nadie ha iniciado sesión en esta tableta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was exported. Do not edit or restore the station&apos;s database; tell the credential body, which must review it.</source>
        <translation>No se exportó nada. No edite ni restaure la base de datos de la estación; avise al organismo certificador, que debe revisarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was exported. Do not edit or restore the station&apos;s database; tell the credential body, which must review this session.</source>
        <translation>No se exportó nada. No edite ni restaure la base de datos de la estación; avise al organismo certificador, que debe revisar esta sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported. Ask the center for the bundle its station exported; if it says the same, the station&apos;s database was edited.</source>
        <translation>No se importó nada. Pida al centro el paquete que exportó su estación; si dice lo mismo, la base de datos de la estación se editó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported. Ask the center to export the session again from ExamStation; if the same happens, its results must be reviewed.</source>
        <translation>No se importó nada. Pida al centro que exporte la sesión de nuevo desde ExamStation; si vuelve a pasar, hay que revisar sus resultados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported. Ask the center which package it used.</source>
        <translation>No se importó nada. Pregunte al centro qué paquete usó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported. Check the station&apos;s clock with the center.</source>
        <translation>No se importó nada. Compruebe con el centro el reloj de la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported; check with both centers where the attempt was sat.</source>
        <translation>No se importó nada; consulte con los dos centros dónde se hizo el intento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported; check with the center which export is right.</source>
        <translation>No se importó nada; consulte con el centro qué exportación es la correcta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported; check with the center which exports are right.</source>
        <translation>No se importó nada; consulte con el centro qué exportaciones son las correctas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was recorded. Revoke a credential instead if one must not stand.</source>
        <translation>No se registró nada. Si una credencial no debe seguir vigente, revóquela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved; go on with the next response.</source>
        <translation>No se guardó nada; continúe con la respuesta siguiente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a marker or an adjudicator can mark.</source>
        <translation>Solo un corrector o un árbitro puede corregir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a paused or not yet started attempt can be moved.</source>
        <translation>Solo se puede trasladar un intento en pausa o que aún no ha empezado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a station administrator can change accounts.</source>
        <translation>Solo un administrador de la estación puede cambiar cuentas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a station administrator can create accounts.</source>
        <translation>Solo un administrador de la estación puede crear cuentas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an adjudicator settles differences between markers.</source>
        <translation>Solo un árbitro resuelve las diferencias entre correctores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the evaluator who signed the first evaluation can show its result.</source>
        <translation>Solo el evaluador que firmó la primera evaluación puede mostrar su resultado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the proctor can pause the exam.</source>
        <translation>Solo el supervisor puede pausar el examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it on exam day, or check this computer&apos;s date and time.</source>
        <translation>Ábralo el día del examen, o compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the room, then try again.</source>
        <translation>Abra la sala y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the same package here first, then import the attempt.</source>
        <translation>Abra primero aquí el mismo paquete y luego importe el intento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the session&apos;s review again, then write the letters.</source>
        <translation>Vuelva a abrir la revisión de la sesión y luego escriba las cartas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair it first.</source>
        <translation>Primero empareje el puesto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair it: the proctor opens the room, then you enter the station&apos;s address.</source>
        <translation>Emparéjelo: el supervisor abre la sala y usted introduce la dirección de la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair the seat with the station again.</source>
        <translation>Vuelva a emparejar el puesto con la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause it from the console first.</source>
        <translation>Primero páuselo desde la consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of them.</source>
        <translation>Elija uno de ellos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points must be between 0 and {points:g}.</source>
        <translation>Los puntos deben estar entre 0 y {points:g}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put it back in the source&apos;s media folder and build again.</source>
        <translation>Vuelva a ponerlo en la carpeta de medios del examen y prepare el paquete de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions here come one after another: only the next question can be opened.</source>
        <translation>Aquí las preguntas van una tras otra: solo se puede abrir la siguiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconcile them instead.</source>
        <translation>Concílielas en su lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation needs two signed evaluations.</source>
        <translation>La conciliación necesita dos evaluaciones firmadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the queue.</source>
        <translation>Actualice la cola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register it first (keys trust), after confirming its fingerprint.</source>
        <translation>Regístrelo primero (keys trust), después de confirmar su huella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release it again (the release tab), then write the letters.</source>
        <translation>Vuelva a publicarla (pestaña Publicación) y luego escriba las cartas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release the session first (`results release --session ID`, or the window&apos;s Release tab), then issue again.</source>
        <translation>Primero publique la sesión (`results release --session ID`, o la pestaña Publicación de la ventana) y vuelva a emitir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release the session first, then write the letters.</source>
        <translation>Primero publique la sesión y luego escriba las cartas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore into a new --home; keys are never overwritten.</source>
        <translation>Restaure en una --home nueva; las claves nunca se sobrescriben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it from a backup, or start a new home.</source>
        <translation>Restáurelo desde una copia de seguridad, o empiece una carpeta de estación nueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it from your backup, or create new keys.</source>
        <translation>Restáurelo desde su copia de seguridad, o cree claves nuevas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the home and its keys from the same backup.</source>
        <translation>Restaure la carpeta de la estación y sus claves desde la misma copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the home from a backup.</source>
        <translation>Restaure la carpeta de la estación desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the home settings from a backup.</source>
        <translation>Restaure la configuración de la carpeta de la estación desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of this session that left this station in bundle {number} ({bundle_id}) have since been changed or removed in its database.</source>
        <translation>Resultados de esta sesión que salieron de esta estación en el paquete {number} ({bundle_id}) se han cambiado o borrado después en su base de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run `examstation keys init --role {role} --name NAME` first.</source>
        <translation>Primero ejecute `examstation keys init --role {role} --name NOMBRE`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run `examstation keys init --role {role}` first.</source>
        <translation>Primero ejecute `examstation keys init --role {role}`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run `examstation keys show` on the station that will continue the attempt, and give its id with --to.</source>
        <translation>Ejecute `examstation keys show` en la estación que continuará el intento e indique su identificador con --to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the simulation again.</source>
        <translation>Vuelva a ejecutar la simulación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say in the step&apos;s reason field why it was not done, then sign again.</source>
        <translation>Escriba en el campo de motivo del paso por qué no se hizo y vuelva a firmar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score another response; a voided attempt never counts.</source>
        <translation>Puntúe otra respuesta; un intento anulado nunca cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score letters are written only for released results, and this session&apos;s are not ({state}).</source>
        <translation>Las cartas de resultados solo se escriben para resultados publicados, y los de esta sesión no lo están ({state}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seat {seat} holds a candidate who has not finished.</source>
        <translation>En el puesto {seat} hay un candidato que no ha terminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat {seat} is taken by {holder}.</source>
        <translation>El puesto {seat} está ocupado por {holder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat {seat} is taken.</source>
        <translation>El puesto {seat} está ocupado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settle each step the evaluators marked differently.</source>
        <translation>Decida cada paso que los evaluadores marcaron de forma distinta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle what is listed, then release.</source>
        <translation>Resuelva lo que aparece en la lista y luego publique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as one.</source>
        <translation>Inicie sesión como administrador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a marker&apos;s account.</source>
        <translation>Inicie sesión con una cuenta de corrector.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a marker&apos;s or an adjudicator&apos;s account.</source>
        <translation>Inicie sesión con una cuenta de corrector o de árbitro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your PIN first.</source>
        <translation>Primero inicie sesión con su PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your evaluator account.</source>
        <translation>Inicie sesión con su cuenta de evaluador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed an attempt at the same moment.</source>
        <translation>Otra persona cambió un intento al mismo tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this attempt at the same moment.</source>
        <translation>Otra persona cambió este intento al mismo tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else released this session at the same moment.</source>
        <translation>Otra persona publicó esta sesión al mismo tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the proctor you are back; they continue your exam from their console.</source>
        <translation>Avise al supervisor de que ha vuelto; él continúa su examen desde su consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the proctor.</source>
        <translation>Avise al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the proctor; it is kept on screen and saved as soon as there is room.</source>
        <translation>Avise al supervisor; se mantiene en pantalla y se guardará en cuanto haya espacio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the proctor; it is kept on screen and saved as soon as writing works.</source>
        <translation>Avise al supervisor; se mantiene en pantalla y se guardará en cuanto se pueda escribir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the proctor; your answer stays on screen and is saved when writing works.</source>
        <translation>Avise al supervisor; su respuesta sigue en pantalla y se guardará cuando se pueda escribir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That candidate is not in this session.</source>
        <translation>Ese candidato no está en esta sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That identity is this home&apos;s own.</source>
        <translation>Esa identidad es la de esta misma estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is this station&apos;s own id.</source>
        <translation>Ese es el identificador de esta misma estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That seat is no longer waiting to pair.</source>
        <translation>Ese puesto ya no está esperando para emparejarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That seat is not paired with this station.</source>
        <translation>Ese puesto no está emparejado con esta estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That section is closed: once left, it cannot be opened again.</source>
        <translation>Esa sección está cerrada: una vez que se sale, no se puede volver a abrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS keyring could not be read.</source>
        <translation>No se pudo leer el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS keyring refused to store the key ({name}).</source>
        <translation>El llavero del sistema no aceptó guardar la clave ({name}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have at least {minimum} digits.</source>
        <translation>El PIN debe tener al menos {minimum} cifras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account &apos;{username}&apos; is locked after repeated wrong tries.</source>
        <translation>La cuenta «{username}» está bloqueada tras varios intentos fallidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account &apos;{username}&apos; is now locked after {failures} wrong tries.</source>
        <translation>La cuenta «{username}» ha quedado bloqueada tras {failures} intentos fallidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer could not be saved ({cause}).</source>
        <translation>No se pudo guardar la respuesta ({cause}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The audit log could not be written ({cause}).</source>
        <translation>No se pudo escribir el registro de auditoría ({cause}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database cannot be opened ({kind}: {detail}).</source>
        <translation>No se puede abrir la base de datos ({kind}: {detail}).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The session cannot be released yet: {blocker}</source>
        <translation>La sesión aún no se puede publicar: {blocker}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session cannot be released yet: {blocker} (and {more} more)</source>
        <translation>La sesión aún no se puede publicar: {blocker} (y {more} más)</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The answer could not be saved: the database is read-only.</source>
        <translation>No se pudo guardar la respuesta: la base de datos es de solo lectura.</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>  {subject}: {feature}: {detail}</source>
        <translation>  {subject}: {feature}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;cut_score_percent&apos; cannot be above 100</source>
        <translation>«cut_score_percent» no puede ser mayor que 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;highest&apos; must be above &apos;lowest&apos;</source>
        <translation>«highest» debe ser mayor que «lowest»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;key&apos; needs at least one region</source>
        <translation>«key» necesita al menos una región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;lower&apos; must not be above &apos;upper&apos;</source>
        <translation>«lower» no puede ser mayor que «upper»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{domain}&apos; is not one of the exam&apos;s domains ({listed})</source>
        <translation>«{domain}» no es uno de los dominios del examen ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{identifier}&apos; of type &apos;{type}&apos; is not delivered</source>
        <translation>«{identifier}», de tipo «{type}», no se entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{ident}&apos; has coordinates &apos;{coords}&apos; that cannot be used</source>
        <translation>«{ident}» tiene unas coordenadas («{coords}») que no se pueden usar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{key}&apos; cannot be answered in ExamStation&apos;s form of this item; left out</source>
        <translation>«{key}» no se puede responder en la forma que ExamStation da a este ítem; se ha dejado fuera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is not something a candidate can answer with on this item</source>
        <translation>«{key}» no es una respuesta que un candidato pueda dar en este ítem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{listed}&apos; is listed in the manifest but is not in the package (an item that shows it is reported)</source>
        <translation>«{listed}» figura en el manifiesto pero no está en el paquete (se informa del ítem que lo muestra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; is required</source>
        <translation>falta «{name}», que es obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; names a checklist that does not exist</source>
        <translation>«{name}» nombra una lista de verificación que no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{path}&apos; is given by test &apos;{qti_id}&apos; but not listed in the manifest; it was taken from the package</source>
        <translation>la prueba «{qti_id}» incluye «{path}», que no figura en el manifiesto; se ha tomado del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{path}&apos; is not listed in the manifest; it was taken from the package</source>
        <translation>«{path}» no figura en el manifiesto; se ha tomado del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{qti_id}&apos; ({path}) is given more than once; it is delivered once, where it first appears</source>
        <translation>«{qti_id}» ({path}) aparece más de una vez; se entrega una sola vez, donde aparece primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{qti_id}&apos; is used as &apos;{cleaned}&apos;</source>
        <translation>«{qti_id}» se usa como «{cleaned}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a number, but the response is numeric</source>
        <translation>«{text}» no es un número, pero la respuesta es numérica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{wanted}&apos; is also the identifier of another {what}; this one ({where}) is &apos;{chosen}&apos;</source>
        <translation>«{wanted}» es también el identificador de otro elemento ({what}); este ({where}) pasa a ser «{chosen}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;{tag}&gt; is not allowed in a formatted stem</source>
        <translation>&lt;{tag}&gt; no está permitido en un enunciado con formato</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Converted ({count}):</source>
        <translation>Convertido ({count}):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everything was carried over as it was.</source>
        <translation>Todo se ha trasladado tal como estaba.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ignored ({count}):</source>
        <translation>Ignorado ({count}):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No {role_name} key file in {folder}.</source>
        <translation>No hay archivo de claves de {role_name} en {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {role_name} keys are in the OS keyring for this home.</source>
        <translation>El llavero del sistema no tiene claves de {role_name} para esta carpeta de la estación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was built. Change the content, or build with --skip-unsupported to leave these items out and ignore these settings (the report lists what was left out).</source>
        <translation>No se creó nada. Cambie el contenido o marque «Omitir lo que la importación QTI no puede trasladar» (--skip-unsupported en la línea de órdenes) para dejar fuera estos ítems y pasar por alto estos ajustes (el informe enumera lo que se deja fuera).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OS keyring available ({kind})</source>
        <translation>llavero del sistema disponible ({kind})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open it on exam day; check the station clock if that date looks wrong.</source>
        <translation>Ábralo el día del examen; revise el reloj de la estación si esa fecha parece incorrecta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options {options} struck out on item &apos;{item}&apos; are not options of that item.</source>
        <translation>Las opciones {options} tachadas en la pregunta «{item}» no son opciones de esa pregunta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF output</source>
        <translation>salida en PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QTI import: {items} items on {forms} forms.</source>
        <translation>Importación QTI: {items} ítems en {forms} versiones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed ({count}):</source>
        <translation>Quitado ({count}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest break {number} was taken, but {granted} were granted.</source>
        <translation>Se tomó el descanso {number}, pero se concedieron {granted}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart ExamStation so it can update the database (a backup is taken first).</source>
        <translation>Reinicie ExamStation para que actualice la base de datos (antes se hace una copia de seguridad).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run the first-run set-up (or `examstation keys init --role center`).</source>
        <translation>Haga la configuración inicial (o `examstation keys init --role center`).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run with --debug and send the output to support.</source>
        <translation>Ejecútelo con --debug y envíe lo que muestre al soporte técnico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score reports cannot be saved as PDF; reinstall ExamStation.</source>
        <translation>Los informes de resultados no se pueden guardar en PDF; vuelva a instalar ExamStation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section &apos;{section}&apos; is not on the attempt&apos;s form {form}.</source>
        <translation>La sección «{section}» no está en la versión {form} del intento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section {section} timed out after {span} in it, but its time ended at {end}.</source>
        <translation>El tiempo de la sección {section} se agotó tras {span} en ella, pero su tiempo terminaba a los {end}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section {section} timed out, but it has no time limit.</source>
        <translation>El tiempo de la sección {section} se agotó, pero la sección no tiene límite de tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the date, time and time zone; packages open only in their window.</source>
        <translation>Ajuste la fecha, la hora y la zona horaria; los paquetes solo se abren en su periodo de validez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skipped (unsupported, --skip-unsupported given): {listed}</source>
        <translation>Omitido (no admitido; se pidió omitir lo que no se puede trasladar): {listed}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The answer could not be saved: the disk is full.</source>
        <translation>No se pudo guardar la respuesta: el disco está lleno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt does not begin with its creation (form, shuffle seed and time limits).</source>
        <translation>El intento no empieza con su creación (versión, semilla del orden aleatorio y límites de tiempo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt has no events.</source>
        <translation>El intento no tiene eventos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt is in progress.</source>
        <translation>El intento ya está en curso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt is {state}.</source>
        <translation>El intento está en estado «{state}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt of candidate {who} was sat outside the package&apos;s validity window: {problem}.</source>
        <translation>El intento del candidato {who} se hizo fuera del período de validez del paquete: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt timed out at {span} of exam time, but its time ended at {end}.</source>
        <translation>El tiempo del intento se agotó a los {span} de tiempo de examen, pero su tiempo terminaba a los {end}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt timed out, but the exam has no time limit.</source>
        <translation>El tiempo del intento se agotó, pero el examen no tiene límite de tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt was created a second time.</source>
        <translation>El intento se creó por segunda vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt was created with {span} of exam time already used.</source>
        <translation>El intento se creó con {span} de tiempo de examen ya gastado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt was {known_state} when this was done.</source>
        <translation>El intento estaba en estado «{known_state}» cuando se hizo esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt {attempt_id} is no longer among the imported results.</source>
        <translation>El intento {attempt_id} ya no está entre los resultados importados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt&apos;s form &apos;{form}&apos; is not a form of this exam.</source>
        <translation>La versión «{form}» del intento no es una versión de este examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt-move file does not decrypt.</source>
        <translation>El archivo de traslado del intento no se puede descifrar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt-move file was not made by a station of this center, or was altered.</source>
        <translation>El archivo de traslado del intento no lo hizo una estación de este centro, o se alteró.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attempt-move file {source} cannot be read ({why}).</source>
        <translation>No se puede leer el archivo de traslado del intento {source} ({why}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log is busy.</source>
        <translation>El registro de auditoría está ocupado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log of this session was changed on this station: {problem}.</source>
        <translation>El registro de auditoría de esta sesión se cambió en esta estación: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup passphrase is wrong, or the backup file was changed.</source>
        <translation>La frase de contraseña de la copia no es correcta, o el archivo de la copia se cambió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {source} cannot be read ({why}).</source>
        <translation>No se puede leer la copia de seguridad {source} ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The body that signed this exam is not trusted here any more.</source>
        <translation>El organismo que firmó este examen ya no es de confianza en esta estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle adds to attempt {part_id}, which this body does not hold.</source>
        <translation>El paquete amplía el intento {part_id}, que este organismo no tiene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle is signed by center &apos;{station}&apos; ({station_fingerprint}), which is not registered with this body.</source>
        <translation>El paquete lo firmó el centro «{station}» ({station_fingerprint}), que no está registrado en este organismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle read back from the disk differs from what was written.</source>
        <translation>El paquete leído de nuevo del disco no coincide con lo que se escribió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle was exported by an ExamStation that did not authenticate attempt histories (results/2), which the body no longer accepts.</source>
        <translation>El paquete lo exportó una versión de ExamStation que no autenticaba el historial de los intentos (results/2), y el organismo ya no la acepta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle was exported by an ExamStation that did not authenticate the session&apos;s audit entries (results/3), which the body no longer accepts.</source>
        <translation>El paquete lo exportó una versión de ExamStation que no autenticaba las entradas de auditoría de la sesión (results/3), y el organismo ya no la acepta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle was exported by an older ExamStation (results/1), which the body no longer accepts.</source>
        <translation>El paquete lo exportó una versión antigua de ExamStation (results/1), y el organismo ya no la acepta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s exam package was not built by this body&apos;s database.</source>
        <translation>El paquete de examen de estos resultados no se preparó con la base de datos de este organismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle&apos;s results are malformed ({detail}).</source>
        <translation>Los resultados del paquete no tienen la forma correcta ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The candidate already sits at that seat.</source>
        <translation>El candidato ya está en ese puesto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The center identity {path} cannot be read.</source>
        <translation>No se puede leer la identidad del centro {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the station broke before your PIN was checked. Nothing was signed; sign off again when the tablet is connected.</source>
        <translation>Se cortó la conexión con la estación antes de comprobar su PIN. No se firmó nada; vuelva a firmar cuando la tableta esté conectada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the station broke. Sign in again.</source>
        <translation>Se cortó la conexión con la estación. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The creation event is malformed ({error}).</source>
        <translation>El evento de creación está mal formado ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential cannot be checked here: {problem}.</source>
        <translation>La credencial no se puede comprobar aquí: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential for attempt {attempt_id} could not be recorded ({reason}).</source>
        <translation>No se pudo registrar la credencial del intento {attempt_id} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential is NOT valid: it has been revoked by its issuer (status list of {day}).</source>
        <translation>La credencial NO es válida: su emisor la ha revocado (lista de estado del {day}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential is NOT valid: {problem}.</source>
        <translation>La credencial NO es válida: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential is NOT valid: {reason}.</source>
        <translation>La credencial NO es válida: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has schema &apos;{current}&apos;, newer than this ExamStation knows (up to &apos;{head}&apos;).</source>
        <translation>La base de datos tiene el esquema «{current}», más nuevo de lo que conoce esta versión de ExamStation (hasta «{head}»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evaluator PIN is wrong (or the account is locked).</source>
        <translation>El PIN del evaluador no es correcto (o la cuenta está bloqueada).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event says it was made after event {basis}, which is not an earlier event of this attempt.</source>
        <translation>El evento dice que se hizo después del evento {basis}, que no es un evento anterior de este intento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event&apos;s time &apos;{at}&apos; is not a date and time.</source>
        <translation>La hora del evento «{at}» no es una fecha y hora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam has already been submitted.</source>
        <translation>El examen ya se ha entregado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam has no checklist &apos;{checklist_id}&apos;.</source>
        <translation>El examen no tiene ninguna lista de verificación «{checklist_id}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam has not started yet.</source>
        <translation>El examen aún no ha empezado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam is paused.</source>
        <translation>El examen está en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam of package {package_id} is not recorded at this body.</source>
        <translation>El examen del paquete {package_id} no está registrado en este organismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam package of this attempt has not been opened on this station.</source>
        <translation>El paquete de examen de este intento no se ha abierto en esta estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam source has 1 problem: {problems}.</source>
        <translation>El examen tiene 1 problema: {problems}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam source has {count} problems: {problems}.</source>
        <translation>El examen tiene {count} problemas: {problems}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam time is over.</source>
        <translation>El tiempo del examen ha terminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first event is number {seq}, not 1.</source>
        <translation>El primer evento es el número {seq}, no el 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history of candidate {candidate_number}&apos;s attempt {part_id} does not verify: {problem}; it was changed after ExamStation recorded it.</source>
        <translation>El historial del intento {part_id} del candidato {candidate_number} no se puede verificar: {problem}; se cambió después de que ExamStation lo registrara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The home folder {root} cannot be used ({why}).</source>
        <translation>No se puede usar la carpeta de la estación {root} ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The home settings file {config_path} is damaged.</source>
        <translation>El archivo de configuración de la estación {config_path} está dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity file is malformed ({error}).</source>
        <translation>El archivo de identidad no tiene la forma correcta ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity file {source} cannot be read ({why}).</source>
        <translation>No se puede leer el archivo de identidad {source} ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity file&apos;s fingerprint does not match its keys: it was altered.</source>
        <translation>La huella del archivo de identidad no coincide con sus claves: se alteró.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The issuer file {option} is not a JSON identity file: {problem}.</source>
        <translation>El archivo del emisor {option} no es un archivo de identidad JSON: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The issuer&apos;s status list expired on {day}, so it cannot show that the credential is still unrevoked.</source>
        <translation>La lista de estado del emisor caducó el {day}, así que no puede mostrar que la credencial sigue sin revocar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file of this home is locked.</source>
        <translation>El archivo de claves de esta estación está bloqueado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file {file} is damaged.</source>
        <translation>El archivo de claves {file} está dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key passphrase is wrong (or the key file was changed).</source>
        <translation>La frase de contraseña de las claves no es correcta (o el archivo de claves se cambió).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keys in the backup do not match the identity it names.</source>
        <translation>Las claves de la copia de seguridad no coinciden con la identidad que nombra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The media file &apos;{path}&apos; is no longer in the exam source.</source>
        <translation>El archivo multimedia «{path}» ya no está en la carpeta del examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package expired on {end}.</source>
        <translation>El paquete caducó el {end}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is damaged or has been altered ({detail}).</source>
        <translation>El paquete está dañado o se ha alterado ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is not valid until {start}.</source>
        <translation>El paquete no es válido hasta el {start}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package is signed by &apos;{name}&apos; (fingerprint {fingerprint}), which this station does not trust.</source>
        <translation>El paquete lo firmó «{name}» (huella {fingerprint}), que no es de confianza en esta estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package says it uses format version {version}, which this ExamStation cannot read (it reads version {readable}), or its header is damaged.</source>
        <translation>El paquete dice que usa la versión de formato {version}, que esta versión de ExamStation no puede leer (lee la versión {readable}), o su cabecera está dañada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package was built for {names}, not for this station&apos;s center &apos;{center}&apos; ({fingerprint}).</source>
        <translation>El paquete se preparó para {names}, no para el centro de esta estación, «{center}» ({fingerprint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package {name} cannot be read ({why}).</source>
        <translation>No se puede leer el paquete {name} ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package&apos;s content is malformed (media index).</source>
        <translation>El contenido del paquete no tiene la forma correcta (índice de medios).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package&apos;s content is malformed (not readable exam data).</source>
        <translation>El contenido del paquete no tiene la forma correcta (datos de examen ilegibles).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package&apos;s content is malformed: {problem}.</source>
        <translation>El contenido del paquete no tiene la forma correcta: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package&apos;s manifest is malformed (blob table).</source>
        <translation>El manifiesto del paquete no tiene la forma correcta (tabla de bloques).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package&apos;s manifest is malformed (format, package id or signer).</source>
        <translation>El manifiesto del paquete no tiene la forma correcta (formato, identificador del paquete o firmante).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package&apos;s manifest is malformed (recipients).</source>
        <translation>El manifiesto del paquete no tiene la forma correcta (destinatarios).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package&apos;s manifest is malformed (release code).</source>
        <translation>El manifiesto del paquete no tiene la forma correcta (código de apertura).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package&apos;s manifest is malformed (validity window).</source>
        <translation>El manifiesto del paquete no tiene la forma correcta (período de validez).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must have at least {minimum} characters.</source>
        <translation>La contraseña debe tener al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proctor confirms the return from a rest break.</source>
        <translation>El supervisor confirma la vuelta de un descanso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proctor paused the exam; only the proctor can resume it.</source>
        <translation>El supervisor pausó el examen; solo el supervisor puede reanudarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The release code is too easy to guess (about {bits:.0f} bits; at least {needed} are needed, e.g. 8 random letters and digits or 13 random digits; repeats and runs like 000000 or 123456 count for nothing).</source>
        <translation>El código de apertura es demasiado fácil de adivinar (unos {bits:.0f} bits; hacen falta al menos {needed}, p. ej. 8 letras y cifras al azar o 13 cifras al azar; las repeticiones y series como 000000 o 123456 no cuentan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The release code is wrong.</source>
        <translation>El código de apertura no es correcto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result bundle is damaged or has been altered ({detail}).</source>
        <translation>El paquete de resultados está dañado o se ha alterado ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result bundle {path} cannot be read.</source>
        <translation>No se puede leer el paquete de resultados {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room cannot listen on port {port} ({why}).</source>
        <translation>La sala no puede escuchar en el puerto {port} ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seat&apos;s highlights or struck-out options are not in the expected form.</source>
        <translation>Los resaltados u opciones tachadas del puesto no tienen la forma esperada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seat&apos;s incident report is not in the expected form.</source>
        <translation>El informe de incidente del puesto no tiene la forma esperada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session cannot end while {count} candidate(s) are not finished: {names}.</source>
        <translation>La sesión no puede terminar mientras {count} candidato(s) no hayan terminado: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session&apos;s audit entries in this bundle do not continue those its center sent before.</source>
        <translation>Las entradas de auditoría de la sesión en este paquete no continúan las que su centro envió antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session&apos;s audit log in this bundle was altered: {problem}.</source>
        <translation>El registro de auditoría de la sesión en este paquete se alteró: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station address is not valid: {error}.</source>
        <translation>La dirección de la estación no es válida: {error}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station at {where} cannot be reached: {why}.</source>
        <translation>No se puede contactar con la estación en {where}: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station cannot be reached right now.</source>
        <translation>Ahora mismo no se puede contactar con la estación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station could not record the change.</source>
        <translation>La estación no pudo registrar el cambio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station database was changed outside ExamStation: event {seq} of attempt {attempt_id} cannot be opened ({why}).</source>
        <translation>La base de datos de la estación se cambió fuera de ExamStation: el evento {seq} del intento {attempt_id} no se puede abrir ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station database was changed outside ExamStation: the history of candidate {candidate_number}&apos;s attempt {attempt_id} does not verify ({problem}).</source>
        <translation>La base de datos de la estación se cambió fuera de ExamStation: el historial del intento {attempt_id} del candidato {candidate_number} no se puede verificar ({problem}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station refused the sign-off.</source>
        <translation>La estación rechazó la firma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station refused this computer&apos;s certificate.</source>
        <translation>La estación rechazó el certificado de este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station sent a damaged event.</source>
        <translation>La estación envió un evento dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station sent a message this computer cannot read. If it keeps happening, check that the station and this computer run the same ExamStation version.</source>
        <translation>La estación envió un mensaje que este equipo no puede leer. Si sigue ocurriendo, compruebe que la estación y este equipo usan la misma versión de ExamStation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station sent something this tablet cannot read.</source>
        <translation>La estación envió algo que esta tableta no puede leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status list is dated {day}, later than this computer&apos;s clock.</source>
        <translation>La lista de estado tiene fecha del {day}, posterior al reloj de este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status list {target} is not readable JSON: {problem}.</source>
        <translation>La lista de estado {target} no es un JSON legible: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored {role} keys do not match this home&apos;s identity.</source>
        <translation>Las claves de {role} guardadas no coinciden con la identidad de esta estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The testing room is not open.</source>
        <translation>La sala de examen no está abierta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time limits set at creation ({found}) are not the exam&apos;s for a time multiplier of {multiplier} ({expected}).</source>
        <translation>Los límites de tiempo fijados al crearlo ({found}) no son los del examen para un multiplicador de tiempo de {multiplier} ({expected}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name or the PIN is wrong.</source>
        <translation>El nombre de usuario o el PIN no son correctos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name or the password is wrong.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {kind} event&apos;s details are incomplete or of the wrong type.</source>
        <translation>Los datos del evento {kind} están incompletos o son de un tipo equivocado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {kind} event&apos;s details are not readable.</source>
        <translation>Los datos del evento {kind} no se pueden leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {role} identity file in {keys_dir} is missing or damaged.</source>
        <translation>El archivo de identidad de {role} en {keys_dir} falta o está dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} passphrase is shorter than {minimum} characters.</source>
        <translation>La frase de contraseña de {what} tiene menos de {minimum} caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} {path} cannot be read ({why}).</source>
        <translation>No se puede leer {what} {path} ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} {path} is larger than {limit} KiB: it is not one.</source>
        <translation>{path} ocupa más de {limit} KiB: no puede ser {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their exam is on that workstation; to change seats use Move to a spare seat.</source>
        <translation>Su examen está en ese puesto; para cambiar de puesto use Trasladar a un puesto libre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no account &apos;{username}&apos;.</source>
        <translation>No existe la cuenta «{username}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no attempt {attempt_id} on this station.</source>
        <translation>No hay ningún intento {attempt_id} en esta estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is not an evaluator&apos;s.</source>
        <translation>Esta cuenta no es de un evaluador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer is blank: it scores 0 without a marker.</source>
        <translation>Esta respuesta está en blanco: vale 0 sin necesidad de corrector.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt already exists.</source>
        <translation>Este intento ya existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt has ended; there is nothing to move.</source>
        <translation>Este intento ha terminado; no hay nada que trasladar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt is already on this station.</source>
        <translation>Este intento ya está en esta estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt is not on this station.</source>
        <translation>Este intento no está en esta estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt was moved to another station.</source>
        <translation>Este intento se trasladó a otra estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt was voided at the testing center, so it is not marked.</source>
        <translation>Este intento se anuló en el centro de examen, así que no se corrige.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt was voided at the testing center, so it is not scored.</source>
        <translation>Este intento se anuló en el centro de examen, así que no se puntúa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt was voided by the proctor.</source>
        <translation>El supervisor anuló este intento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt-move file is for station {to_station}, not this station ({station_id}).</source>
        <translation>Este archivo de traslado es para la estación {to_station}, no para esta ({station_id}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt-move file was already imported here: attempt {attempt} is on this station.</source>
        <translation>Este archivo de traslado ya se importó aquí: el intento {attempt} está en esta estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt-move file was made by an older ExamStation and names no target station.</source>
        <translation>Este archivo de traslado lo hizo una versión antigua de ExamStation y no nombra ninguna estación de destino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle is a supplement to bundle {bundle_id}, which is not imported here yet.</source>
        <translation>Este paquete complementa al paquete {bundle_id}, que aún no se ha importado aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This candidate already sits at seat {holder_seat}.</source>
        <translation>Este candidato ya está en el puesto {holder_seat}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This candidate already sits at seat {seat_name}.</source>
        <translation>Este candidato ya está en el puesto {seat_name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This candidate does not sit at a seat.</source>
        <translation>Este candidato no está en ningún puesto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer cannot save on its own disk ({refused}); your answer was sent to the proctor&apos;s station instead.</source>
        <translation>Este equipo no puede guardar en su propio disco ({refused}); su respuesta se envió a la estación del supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer is not paired with a proctor station yet.</source>
        <translation>Este equipo aún no está emparejado con una estación de supervisión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This evaluation was not signed off on this station. Score it again.</source>
        <translation>Esta evaluación no se firmó en esta estación. Vuelva a calificarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This home already has {role} keys (&apos;{name}&apos;).</source>
        <translation>Esta estación ya tiene claves de {role} («{name}»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This home has no center key, so it holds no results to export.</source>
        <translation>Esta estación no tiene clave de centro, así que no tiene resultados que exportar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a readable ExamStation key backup.</source>
        <translation>No es una copia de seguridad de claves de ExamStation legible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an ExamStation identity file.</source>
        <translation>No es un archivo de identidad de ExamStation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the station&apos;s last enabled administrator, so it stays enabled.</source>
        <translation>Es el último administrador activo de la estación, así que sigue activo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This package needs a release code.</source>
        <translation>Este paquete necesita un código de apertura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question is scored automatically, not by a marker.</source>
        <translation>Esta pregunta se puntúa automáticamente, no la corrige un corrector.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response already has its final score.</source>
        <translation>Esta respuesta ya tiene su puntuación final.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response waits for an adjudicator.</source>
        <translation>Esta respuesta espera a un árbitro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response was marked by someone else a moment ago, or you marked it before.</source>
        <translation>Otra persona acaba de corregir esta respuesta, o usted ya la corrigió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This result bundle was exported for another credential body.</source>
        <translation>Este paquete de resultados se exportó para otro organismo certificador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This seat cannot save on its disk ({reason}) and the station is not connected.</source>
        <translation>Este puesto no puede guardar en su disco ({reason}) y la estación no está conectada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This seat has not been given a candidate yet.</source>
        <translation>A este puesto aún no se le ha asignado un candidato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This seat&apos;s pairing file is damaged.</source>
        <translation>El archivo de emparejamiento de este puesto está dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session is released but its release time is not recorded.</source>
        <translation>Esta sesión está publicada, pero no se registró la hora de publicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session&apos;s results are already released; decisions are closed.</source>
        <translation>Los resultados de esta sesión ya están publicados; las decisiones están cerradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station&apos;s center key cannot open the package.</source>
        <translation>La clave de centro de esta estación no puede abrir el paquete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This supplement names bundle {bundle_id}, but not the one imported here (another center, session or content).</source>
        <translation>Este complemento nombra el paquete {bundle_id}, pero no el que se importó aquí (otro centro, otra sesión u otro contenido).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tablet could not keep the evaluation ({why}); nothing was sent. Free space on the tablet and sign off again.</source>
        <translation>Esta tableta no pudo guardar la evaluación ({why}); no se envió nada. Libere espacio en la tableta y vuelva a firmar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tablet has no journal from the station yet; nothing was sent. Sign off again once the tablet shows it is connected.</source>
        <translation>Esta tableta aún no tiene el registro de la estación; no se envió nada. Vuelva a firmar cuando la tableta indique que está conectada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tablet has no journal from the station yet; the marks are not kept.</source>
        <translation>Esta tableta aún no tiene el diario de la estación; las marcas no se guardan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was done after the exam time ran out.</source>
        <translation>Esto se hizo cuando ya se había acabado el tiempo del examen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This {what} was made by a newer version of ExamStation ({found}); this program reads examstation-{family}/{newest} and earlier.</source>
        <translation>Lo hizo una versión más nueva de ExamStation ({what}, {found}); este programa lee examstation-{family}/{newest} y anteriores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust its identity again with `examstation keys trust BODY.json`.</source>
        <translation>Vuelva a confiar en su identidad con `examstation keys trust BODY.json`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the other party&apos;s file instead.</source>
        <translation>Confíe en el archivo de la otra parte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust your body&apos;s identity file with `examstation keys trust BODY.json`.</source>
        <translation>Confíe en el archivo de identidad de su organismo con `examstation keys trust BODY.json`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in 15 minutes, or ask a station administrator.</source>
        <translation>Vuelva a intentarlo dentro de 15 minutos, o pida ayuda a un administrador de la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in {minutes} minute(s), or ask a station administrator.</source>
        <translation>Vuelva a intentarlo dentro de {minutes} minuto(s), o pida ayuda a un administrador de la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again.</source>
        <translation>Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; after 5 wrong tries the account locks for 15 minutes.</source>
        <translation>Vuelva a intentarlo; tras 5 intentos fallidos la cuenta se bloquea 15 minutos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another USB stick.</source>
        <translation>Pruebe con otra memoria USB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the action again.</source>
        <translation>Vuelva a intentar la acción.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two evaluations are already signed.</source>
        <translation>Ya hay dos evaluaciones firmadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name like &apos;Seat 12&apos;.</source>
        <translation>Escriba un nombre como «Puesto 12».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it as shown on the station.</source>
        <translation>Escríbala tal como aparece en la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown key store &apos;{kind}&apos; in {config_path}.</source>
        <translation>Almacén de claves desconocido «{kind}» en {config_path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role &apos;{role}&apos;.</source>
        <translation>Rol desconocido: «{role}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock it (log in to the desktop session) and try again.</source>
        <translation>Desbloquéelo (inicie sesión en el escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring or use --store file.</source>
        <translation>Desbloquee el llavero o use --store file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupported ({count}):</source>
        <translation>No admitido ({count}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update ExamStation at the center and export the session again.</source>
        <translation>Actualice ExamStation en el centro y exporte la sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update ExamStation on this computer to the version that made it, or newer.</source>
        <translation>Actualice ExamStation en este equipo a la versión que lo hizo, o a una más nueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update ExamStation, or ask the credential body for a new copy.</source>
        <translation>Actualice ExamStation, o pida al organismo certificador una copia nueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use --role body or --role center.</source>
        <translation>Use --role body o --role center.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use ISO 8601, e.g. 2026-12-01T08:00:00Z.</source>
        <translation>Use ISO 8601, p. ej. 2026-12-01T08:00:00Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Move to spare seat to change seats.</source>
        <translation>Para cambiar de puesto use Trasladar a un puesto libre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a local disk, not a network or USB drive.</source>
        <translation>Use un disco local, no una unidad de red ni USB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a verifier that supports it, or ask the issuer for an eddsa-jcs-2022 copy.</source>
        <translation>Use un verificador que lo admita, o pida al emisor una copia eddsa-jcs-2022.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use admin, proctor, evaluator, marker or adjudicator.</source>
        <translation>Use admin, proctor, evaluator, marker o adjudicator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another --home for a second identity; keys are never overwritten.</source>
        <translation>Use otra --home para una segunda identidad; las claves nunca se sobrescriben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use at least {size} so items fit at 200 % text.</source>
        <translation>Use al menos {size} para que las preguntas quepan con el texto al 200 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use marker or adjudicator.</source>
        <translation>Use marker o adjudicator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the encrypted key file instead (keys init --store file).</source>
        <translation>Use en su lugar el archivo de claves cifrado (keys init --store file).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the file made by `examstation keys backup`.</source>
        <translation>Use el archivo que crea `examstation keys backup`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for them to submit, or void with a reason.</source>
        <translation>Espere a que entreguen, o anule con un motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the proctor gives this seat a candidate.</source>
        <translation>Espere a que el supervisor asigne un candidato a este puesto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the tablet shows it is connected, then try again.</source>
        <translation>Espere a que la tableta muestre que está conectada y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the tablet shows it is connected.</source>
        <translation>Espere a que la tableta muestre que está conectada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work with these results at the body that built the package, or restore this body&apos;s database from a backup.</source>
        <translation>Trabaje con estos resultados en el organismo que preparó el paquete, o restaure la base de datos de este organismo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write why, in a sentence the candidate may read.</source>
        <translation>Escriba el motivo en una frase que el candidato pueda leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have already signed an evaluation for this candidate and checklist.</source>
        <translation>Ya firmó una evaluación para este candidato y esta lista de verificación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You marked this response already; another marker must give the adjudicating mark.</source>
        <translation>Usted ya corrigió esta respuesta; la nota de arbitraje debe ponerla otro corrector.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You marked this response already; another marker must give the next mark.</source>
        <translation>Usted ya corrigió esta respuesta; la siguiente nota debe ponerla otro corrector.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your sign-in on this tablet has ended. Sign in again with your PIN.</source>
        <translation>Su sesión en esta tableta ha terminado. Vuelva a iniciar sesión con su PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backslash is followed by a letter that means nothing</source>
        <translation>una barra invertida va seguida de una letra que no significa nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a blocked key was pressed</source>
        <translation>se pulsó una tecla bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bracket ( is not closed</source>
        <translation>un paréntesis ( no está cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bracket ) has no ( before it</source>
        <translation>un paréntesis ) no tiene ( antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bracket [ is not closed</source>
        <translation>un corchete [ no está cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bracket [ or { is not closed</source>
        <translation>un corchete [ o una llave { no está cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colon is in the wrong place: put text that holds &apos;: &apos; inside quotation marks</source>
        <translation>hay dos puntos en un lugar incorrecto: ponga entre comillas el texto que contiene «: »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field name has no colon after it</source>
        <translation>un nombre de campo no va seguido de dos puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a forbidden program was running</source>
        <translation>había un programa prohibido abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a group&apos;s name is not a valid name</source>
        <translation>el nombre de un grupo no es un nombre válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mapping</source>
        <translation>un mapa de campos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a multiple-response question needs at least 3 options</source>
        <translation>una pregunta de respuesta múltiple necesita al menos 3 opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a non-empty text</source>
        <translation>un texto no vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number above 0</source>
        <translation>un número mayor que 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of at least {minimum:g}</source>
        <translation>un número no menor que {minimum:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pattern short-text item needs &apos;answers&apos;: example answers the pattern accepts</source>
        <translation>un ítem de texto breve con patrón necesita «answers»: respuestas de ejemplo que el patrón acepta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pattern short-text item needs &apos;pattern&apos;</source>
        <translation>un ítem de texto breve con patrón necesita «pattern»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a polygon needs an even count of at least 6 numbers (3 points)</source>
        <translation>un polígono necesita una cantidad par de números, al menos 6 (3 puntos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a quotation mark is not closed</source>
        <translation>unas comillas no están cerradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a range in [ ] runs backwards</source>
        <translation>un intervalo entre [ ] va al revés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reference (* or &amp;) names nothing defined before it</source>
        <translation>una referencia (* o &amp;) no nombra nada definido antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a repeat count has its larger number first</source>
        <translation>un número de repeticiones tiene el número mayor primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rubric for &apos;{listed}&apos; is not shown</source>
        <translation>no se muestra una rúbrica para «{listed}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a score point is above the item&apos;s {points:g} points</source>
        <translation>un nivel de puntuación supera los {points:g} puntos del ítem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a screen was connected</source>
        <translation>se conectó una pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a screen was disconnected</source>
        <translation>se desconectó una pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a shared stimulus can show one image</source>
        <translation>un estímulo compartido puede mostrar una sola imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a shared stimulus cannot hold interactions</source>
        <translation>un estímulo compartido no puede contener interacciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tab is used for indenting: indent with spaces</source>
        <translation>se usa un tabulador para sangrar: sangre con espacios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a test PDF could not be written</source>
        <translation>no se pudo escribir un PDF de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a test page was written ({size} bytes)</source>
        <translation>se escribió una página de prueba ({size} bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a time limit per test part is not supported</source>
        <translation>no se admite un límite de tiempo por parte de la prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a typed blank needs &apos;answers&apos; (one or more accepted texts)</source>
        <translation>un hueco para escribir necesita «answers» (uno o más textos aceptados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong exit PIN was entered</source>
        <translation>se introdujo un PIN de salida equivocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {item_type} item cannot have a &apos;mapping&apos;</source>
        <translation>un ítem de tipo {item_type} no puede tener «mapping»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {shape} needs {needed} numbers, found {count}</source>
        <translation>la forma {shape} necesita {needed} números y tiene {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>adaptive items are not supported</source>
        <translation>no se admiten ítems adaptativos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after</source>
        <translation>«after»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all its events are gone</source>
        <translation>han desaparecido todos sus eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attempt appears twice</source>
        <translation>un intento aparece dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an entry appears twice</source>
        <translation>una entrada aparece dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an evaluation of another candidate, or of an unknown kind</source>
        <translation>una evaluación de otro candidato, o de un tipo desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an exact short-text item needs &apos;answers&apos; (one or more accepted texts)</source>
        <translation>un ítem de texto breve exacto necesita «answers» (uno o más textos aceptados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an id of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (up to 80)</source>
        <translation>un id de letras, cifras, «-», «_» o «.» (hasta 80)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an item can show one image with its question (and a hotspot its picture)</source>
        <translation>un ítem puede mostrar una sola imagen con su pregunta (y uno de zonas activas, su imagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an item can show one shared stimulus; it refers to {count}</source>
        <translation>un ítem puede mostrar un solo estímulo compartido; este remite a {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an item needs one interaction, or several text entries and inline choices (blanks); found {count}</source>
        <translation>un ítem necesita una interacción, o varias entradas de texto y elecciones en línea (huecos); tiene {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotated</source>
        <translation>anotación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations (&lt;rt&gt;) are shown in parentheses after the text they annotate</source>
        <translation>las anotaciones (&lt;rt&gt;) se muestran entre paréntesis tras el texto que anotan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program became active</source>
        <translation>otro programa pasó a primer plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program holds the keyboard; desktop shortcuts are not held back</source>
        <translation>otro programa retiene el teclado; los atajos del escritorio no se bloquean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another window became active</source>
        <translation>otra ventana pasó a primer plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt {attempt_id}: the head does not match its contents</source>
        <translation>intento {attempt_id}: la cabeza de la cadena no coincide con su contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt {attempt} (candidate {number}) held for review: {reason}</source>
        <translation>intento {attempt} (candidato {number}) retenido para revisión: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt {attempt} (candidate {number}) held for review: {reason} (and {more} more)</source>
        <translation>intento {attempt} (candidato {number}) retenido para revisión: {reason} (y {more} más)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt {attempt} carries no chain of MACs</source>
        <translation>el intento {attempt} no lleva su cadena de MAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt-move file</source>
        <translation>archivo de traslado del intento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit entry {number} is missing or out of order</source>
        <translation>falta la entrada de auditoría {number} o está fuera de orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit entry {number} of the session ({action}) was changed or inserted</source>
        <translation>la entrada {number} de la auditoría de la sesión ({action}) se modificó o se insertó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit entry {number} of the session is missing (deleted or reordered)</source>
        <translation>falta la entrada {number} de la auditoría de la sesión (borrada o reordenada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit entry {number} of the session was stored without its authentication</source>
        <translation>la entrada {number} de la auditoría de la sesión se guardó sin su autenticación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit entry {number}: its MAC</source>
        <translation>entrada de auditoría {number}: su MAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit key</source>
        <translation>clave de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit log whole; no center key here, so no exam records to check</source>
        <translation>registro de auditoría íntegro; aquí no hay clave de centro, así que no hay registros de examen que comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit log whole; {sessions} open session(s) and {attempts} attempt(s) verify under the center&apos;s key</source>
        <translation>registro de auditoría íntegro; {sessions} sesión(es) abierta(s) y {attempts} intento(s) se verifican con la clave del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit subject</source>
        <translation>objeto de la auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>away for {seconds} s</source>
        <translation>fuera durante {seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup</source>
        <translation>la copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bag-info and payload disagree on the bundle it extends</source>
        <translation>la información del paquete y su contenido no coinciden en el paquete que amplía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bagit.txt does not declare a BagIt bag in UTF-8</source>
        <translation>bagit.txt no declara una bolsa BagIt en UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank</source>
        <translation>hueco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body</source>
        <translation>organismo certificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundle&apos;s results</source>
        <translation>resultados del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>came back to the exam window</source>
        <translation>volvió a la ventana del examen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>candidates can review their answers until they submit</source>
        <translation>los candidatos pueden revisar sus respuestas hasta que las envían</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be above 100</source>
        <translation>no puede ser mayor que 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be expressed as an ExamStation item: {problems}</source>
        <translation>no se puede expresar como un ítem de ExamStation: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the rule: {error}</source>
        <translation>no se puede leer la regla: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>center</source>
        <translation>centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>center identity</source>
        <translation>identidad del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain head</source>
        <translation>cabeza de la cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain key</source>
        <translation>clave de la cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed since its release</source>
        <translation>cambió después de publicarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklist</source>
        <translation>lista de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklist evaluation {id} is not the one signed at the station</source>
        <translation>la evaluación de lista de verificación {id} no es la que se firmó en la estación</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>its text is not UTF-8 JSON</source>
        <translation>su texto no es JSON en UTF-8</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>choosing more than one hotspot is not supported</source>
        <translation>no se admite elegir más de una zona activa</translation>
    </message>
    <message>
        <location line="-574"/>
        <source>An action from seat {seat} was not taken: {reason}</source>
        <translation>Una acción del puesto {seat} no se tomó: {reason}</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Lockdown could not start on this workstation: {reason}</source>
        <translation>No se pudo iniciar el bloqueo en este puesto: {reason}</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Seat {seat} came back after its candidate moved; {count} action(s) it held were not taken.</source>
        <translation>El puesto {seat} volvió después de que su candidato cambiara de puesto; {count} acción(es) que guardaba no se tomaron.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stimulus &apos;{stimulus_id}&apos; is not on this form.</source>
        <translation>El texto compartido «{stimulus_id}» no está en esta versión del examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stimulus &apos;{stimulus}&apos; is not shown on the attempt&apos;s form {form}.</source>
        <translation>El texto compartido «{stimulus}» no se muestra en la versión {form} del intento.</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>This workstation cannot save on its own disk ({reason}); the candidate&apos;s answers are kept on the station only.</source>
        <translation>Este puesto no puede guardar en su propio disco ({reason}); las respuestas del candidato se guardan solo en la estación.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>account.created</source>
        <translation>cuenta creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account.disabled</source>
        <translation>cuenta desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account.enabled</source>
        <translation>cuenta activada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account.pin_reset</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account.sign_in_failed</source>
        <translation>inicio de sesión fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account.signed_in</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account.signed_out</source>
        <translation>cierre de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account.unlocked</source>
        <translation>cuenta desbloqueada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>attempt.extended</source>
        <translation>tiempo añadido a un intento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt.incident</source>
        <translation>incidente registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt.paused</source>
        <translation>intento pausado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt.resumed</source>
        <translation>intento reanudado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt.voided</source>
        <translation>intento anulado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>candidate.admitted</source>
        <translation>candidato admitido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checklist.reconciled</source>
        <translation>evaluaciones conciliadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklist.signed</source>
        <translation>evaluación firmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clipboard emptied</source>
        <translation>se vació el portapapeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock</source>
        <translation>reloj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments are not allowed in a formatted stem</source>
        <translation>no se permiten comentarios en un enunciado con formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conditional routing through a test is not supported</source>
        <translation>no se admiten recorridos condicionales por la prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content does not decrypt</source>
        <translation>el contenido no se puede descifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converted</source>
        <translation>convertido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count it</source>
        <translation>contarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>creación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credential</source>
        <translation>la credencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom response processing</source>
        <translation>el procesamiento de respuestas personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database schema {revision}, program expects {head}</source>
        <translation>esquema de base de datos {revision}; el programa espera {head}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database write speed</source>
        <translation>velocidad de escritura de la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declarations are not allowed in a formatted stem</source>
        <translation>no se permiten declaraciones en un enunciado con formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desktop shortcuts were not held back</source>
        <translation>no se pudieron bloquear los atajos del escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disruption in the room</source>
        <translation>alteración en la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not count it</source>
        <translation>no contarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not follow the entry before it (deleted or reordered)</source>
        <translation>no sigue a la entrada anterior (borrada o reordenada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double_marking &apos;sample&apos; needs &apos;sample_percent&apos; above 0 (the share of responses marked twice)</source>
        <translation>double_marking «sample» necesita «sample_percent» mayor que 0 (la parte de las respuestas que se corrige dos veces)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>durable commit {ms} ms (median of 40)</source>
        <translation>guardado seguro en {ms} ms (mediana de 40)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each blank needs a declared correct response</source>
        <translation>cada hueco necesita una respuesta correcta declarada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each numbered blank is answered by choosing its word (or picture) from a list (no dragging)</source>
        <translation>cada hueco numerado se responde eligiendo su palabra (o imagen) de una lista (sin arrastrar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each premise needs exactly one correct match</source>
        <translation>cada premisa necesita exactamente una correspondencia correcta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each score point must give a different number of points</source>
        <translation>cada nivel de puntuación debe dar un número de puntos distinto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ellipse</source>
        <translation>elipse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry {seq}: {problem}</source>
        <translation>entrada {seq}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluated</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event elapsed time</source>
        <translation>tiempo transcurrido del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event {seq} ({kind}) was changed or inserted</source>
        <translation>el evento {seq} ({kind}) se modificó o se insertó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event {seq} cannot be opened: its sealed content was changed or moved</source>
        <translation>el evento {seq} no se puede abrir: su contenido sellado se modificó o se movió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event {seq} is missing (deleted or reordered)</source>
        <translation>falta el evento {seq} (borrado o reordenado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event {seq} is missing or out of order</source>
        <translation>falta el evento {seq} o está fuera de orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event {seq} was stored without its authentication</source>
        <translation>el evento {seq} se guardó sin su autenticación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event {seq}: its MAC</source>
        <translation>evento {seq}: su MAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event {seq}: {reason}</source>
        <translation>evento {seq}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every coordinate must be a number</source>
        <translation>cada coordenada debe ser un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every entry must be an item id</source>
        <translation>cada entrada debe ser el id de un ítem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every premise needs a correct match</source>
        <translation>cada premisa necesita una correspondencia correcta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every warning must be a number of minutes above 0</source>
        <translation>cada aviso debe ser un número de minutos mayor que 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exam package</source>
        <translation>paquete de examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exam {exam}</source>
        <translation>examen {exam}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exam {exam}, sections {sections}</source>
        <translation>examen {exam}, secciones {sections}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exhibit</source>
        <translation>material de consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;{expected}&apos;</source>
        <translation>se esperaba «{expected}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a mapping of fields, found {found}</source>
        <translation>se esperaba un mapa de campos y se encontró {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a mapping of premise id to choice id</source>
        <translation>se esperaba un mapa de id de premisa a id de opción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a program name such as &apos;teamviewer&apos;, found {name}</source>
        <translation>se esperaba el nombre de un programa, como «teamviewer», y se encontró {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a whole number from 1 to the section&apos;s {pool} items</source>
        <translation>se esperaba un número entero de 1 a los {pool} ítems de la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected entry {seq} here (deleted or reordered)</source>
        <translation>aquí debía estar la entrada {seq} (borrada o reordenada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected true or false, found {found}</source>
        <translation>se esperaba true o false y se encontró {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected true, false, basic or scientific, found {value}</source>
        <translation>se esperaba true, false, basic o scientific y se encontró {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {expected}, found {found}</source>
        <translation>se esperaba {expected} y se encontró {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extended</source>
        <translation>ampliación de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extends</source>
        <translation>«extends»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external image</source>
        <translation>imagen externa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra screens were covered</source>
        <translation>se cubrieron las pantallas adicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback and solutions are not shown during an exam</source>
        <translation>la retroalimentación y las soluciones no se muestran durante un examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback is not shown during an exam</source>
        <translation>la retroalimentación no se muestra durante un examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file shorter than expected</source>
        <translation>el archivo es más corto de lo esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flagged</source>
        <translation>marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forbidden programs</source>
        <translation>programas prohibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form &apos;{id}&apos;: a perfect score does not reach the cut score</source>
        <translation>versión «{id}»: una puntuación perfecta no alcanza la nota de corte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form &apos;{id}&apos;: answering nothing scores {raw:g}, not 0</source>
        <translation>versión «{id}»: no responder nada puntúa {raw:g}, no 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form &apos;{id}&apos;: the key scores {raw:g} of {automatic:g} automatically scored points</source>
        <translation>versión «{id}»: la clave obtiene {raw:g} de {automatic:g} puntos de corrección automática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format {form!r}</source>
        <translation>formato {form!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free disk</source>
        <translation>espacio libre en disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give at most {most} score points</source>
        <translation>indique como mucho {most} niveles de puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give either &apos;tolerance&apos; or &apos;tolerance_percent&apos;, not both</source>
        <translation>indique «tolerance» o «tolerance_percent», no ambos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give exactly one of &apos;cut_score_percent&apos; and &apos;cut_score_points&apos;</source>
        <translation>indique exactamente uno de «cut_score_percent» y «cut_score_points»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give exactly one of &apos;min_percent&apos; and &apos;min_points&apos;</source>
        <translation>indique exactamente uno de «min_percent» y «min_points»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>head</source>
        <translation>cabeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held for review</source>
        <translation>retenido para revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifier</source>
        <translation>identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity file</source>
        <translation>archivo de identidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>illness</source>
        <translation>enfermedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impossible manifest length</source>
        <translation>longitud del manifiesto imposible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in test &apos;{test}&apos;</source>
        <translation>en la prueba «{test}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete (in progress)</source>
        <translation>incompleto (en curso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete ({state})</source>
        <translation>incompleto ({state})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interactions</source>
        <translation>interacciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrupción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a valid regular expression: {what}</source>
        <translation>no es una expresión regular válida: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a valid regular expression: {what} (at character {position})</source>
        <translation>no es una expresión regular válida: {what} (en el carácter {position})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer file</source>
        <translation>el archivo del emisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it changed on disk while it was being opened</source>
        <translation>cambió en el disco mientras se abría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not answer in time</source>
        <translation>no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no {field}</source>
        <translation>le falta el campo {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds a lone surrogate (\ud800-\udfff), which is no character</source>
        <translation>contiene un sustituto suelto (\ud800-\udfff), que no es ningún carácter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds a number that is not finite</source>
        <translation>contiene un número que no es finito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds a whole number too large to be meant</source>
        <translation>contiene un número entero demasiado grande para ser real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is nested more than {depth} levels deep</source>
        <translation>tiene más de {depth} niveles de anidación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is nested too deeply</source>
        <translation>tiene demasiados niveles de anidación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not JSON ({detail})</source>
        <translation>no es JSON ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>ítem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item &apos;{id}&apos;: a hotspot item needs &apos;image&apos;</source>
        <translation>ítem «{id}»: un ítem de zonas activas necesita «image»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item &apos;{id}&apos;: answering with its key scores {earned:g} of {points:g}</source>
        <translation>ítem «{id}»: responder con su clave puntúa {earned:g} de {points:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item &apos;{id}&apos;: stimulus &apos;{stimulus}&apos; is not one of the exam&apos;s stimuli</source>
        <translation>ítem «{id}»: el estímulo «{stimulus}» no es uno de los estímulos del examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item &apos;{item_id}&apos; appears more than once</source>
        <translation>el ítem «{item_id}» aparece más de una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item &apos;{item_id}&apos; is not defined in any item file</source>
        <translation>el ítem «{item_id}» no está definido en ningún archivo de ítems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its content was changed</source>
        <translation>su contenido se modificó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its image &apos;{path}&apos; cannot be used: {size}</source>
        <translation>su imagen «{path}» no se puede usar: {size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its image &apos;{path}&apos; is not in the package</source>
        <translation>su imagen «{path}» no está en el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its last event is not the one the station signed as the end of its history</source>
        <translation>su último evento no es el que la estación firmó como final de su historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its response is not declared</source>
        <translation>su respuesta no está declarada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its role, name or keys cannot be read</source>
        <translation>no se pueden leer su rol, su nombre o sus claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its shared stimulus &apos;{path}&apos; is not in the package</source>
        <translation>su estímulo compartido «{path}» no está en el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its shared stimulus &apos;{qti_id}&apos; cannot be shown (the report says why)</source>
        <translation>su estímulo compartido «{qti_id}» no se puede mostrar (el informe dice por qué)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key</source>
        <translation>las claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key backup</source>
        <translation>copia de seguridad de claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key check: {problem}</source>
        <translation>comprobación de claves: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key file</source>
        <translation>archivo de claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key storage</source>
        <translation>almacén de claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keys.created</source>
        <translation>claves creadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keys.restored</source>
        <translation>claves restauradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keys.trusted</source>
        <translation>organismo certificador aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than any result bundle</source>
        <translation>más grande que cualquier paquete de resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left the exam window</source>
        <translation>salió de la ventana del examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists an option more than once</source>
        <translation>enumera una opción más de una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low discrimination</source>
        <translation>discriminación baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marking.marked</source>
        <translation>respuesta calificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media file &apos;{path}&apos; is referenced but not found</source>
        <translation>se hace referencia al archivo multimedia «{path}», pero no se encuentra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing {missing}</source>
        <translation>falta {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to another station</source>
        <translation>trasladado a otra estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must give a choice for every premise ({listed})</source>
        <translation>debe dar una opción para cada premisa ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must list every option exactly once, in the right order ({listed})</source>
        <translation>debe enumerar cada opción exactamente una vez, en el orden correcto ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one blank</source>
        <translation>necesita al menos un hueco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one correct option</source>
        <translation>necesita al menos una opción correcta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one entry</source>
        <translation>necesita al menos una entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one item</source>
        <translation>necesita al menos un ítem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one region</source>
        <translation>necesita al menos una región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least {minimum} entries, found {count}</source>
        <translation>necesita al menos {minimum} entradas y tiene {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs exactly two match sets</source>
        <translation>necesita exactamente dos conjuntos de correspondencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs one point and an area mapping</source>
        <translation>necesita un punto y un mapa de áreas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative discrimination</source>
        <translation>discriminación negativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested timeLimits</source>
        <translation>timeLimits anidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no OS keyring: keys are in a passphrase-protected file</source>
        <translation>no hay llavero del sistema: las claves están en un archivo protegido con frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no center</source>
        <translation>ningún centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no credential body is trusted</source>
        <translation>no se confía en ningún organismo certificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no forbidden programs are listed for this exam</source>
        <translation>este examen no indica programas prohibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no forbidden programs listed</source>
        <translation>no hay programas prohibidos en la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no item files: add items/*.yaml</source>
        <translation>no hay archivos de ítems: añada items/*.yaml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason recorded</source>
        <translation>no se anotó el motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no screen found</source>
        <translation>no se encontró ninguna pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no test gives this item: it is in the package but on no form</source>
        <translation>ninguna prueba incluye este ítem: está en el paquete pero en ninguna versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no variance</source>
        <translation>sin varianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of {count} listed programs is running</source>
        <translation>no está abierto ninguno de los {count} programas de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readable zip</source>
        <translation>no es un zip legible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked on this operating system</source>
        <translation>no se puede comprobar en este sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted at the release step</source>
        <translation>no contabilizado al publicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not flagged: {n} of the {minimum} attempts needed</source>
        <translation>sin alertas: {n} de los {minimum} intentos necesarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not released</source>
        <translation>sin publicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>un valor vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing answers there</source>
        <translation>nadie responde en esa dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of {options}</source>
        <translation>uno de estos: {options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one screen, {sizes}</source>
        <translation>una pantalla, {sizes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a manually scored item (scoring: manual) has rubric points</source>
        <translation>solo un ítem que se puntúa a mano (scoring: manual) tiene niveles de rúbrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only associations whose correct pairs share no option can be shown as matching</source>
        <translation>solo las asociaciones cuyos pares correctos no comparten ninguna opción se pueden mostrar como correspondencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option</source>
        <translation>opción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option &apos;{id}&apos; has no text</source>
        <translation>la opción «{id}» no tiene texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option &apos;{id}&apos; shows &apos;{source}&apos;, which is not an image inside the package</source>
        <translation>la opción «{id}» muestra «{source}», que no es una imagen dentro del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option &apos;{id}&apos; shows more than one picture</source>
        <translation>la opción «{id}» muestra más de una imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option picture</source>
        <translation>imagen de una opción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>processing instructions are not allowed in a formatted stem</source>
        <translation>no se permiten instrucciones de procesamiento en un enunciado con formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>program and database</source>
        <translation>programa y base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programs this exam forbids</source>
        <translation>programas que prohíbe este examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to &apos;{path}&apos;, which is not in the package</source>
        <translation>remite a «{path}», que no está en el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed an embedded object of type &apos;{type}&apos;</source>
        <translation>se ha quitado un objeto incrustado de tipo «{type}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed the image &apos;{source}&apos;: only images inside the package are shown</source>
        <translation>se ha quitado la imagen «{source}»: solo se muestran las imágenes que están dentro del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed the link to {link} (its text stays)</source>
        <translation>se ha quitado el enlace a {link} (su texto se mantiene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed: event handlers could run code</source>
        <translation>quitado: los manejadores de eventos podrían ejecutar código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed: it could run code or load content</source>
        <translation>quitado: podría ejecutar código o cargar contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resource</source>
        <translation>recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responses are not checked for validity before moving on</source>
        <translation>no se comprueba la validez de las respuestas antes de avanzar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result bundle</source>
        <translation>paquete de resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed</source>
        <translation>reanudación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.assigned</source>
        <translation>candidato asignado a un puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.claim_refused</source>
        <translation>puesto rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.local_seat_closed</source>
        <translation>pantalla de candidato cerrada al cerrar la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.local_seat_ended</source>
        <translation>pantalla de candidato cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.local_seat_exit</source>
        <translation>pantalla de candidato cerrada con el PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.local_seat_failed</source>
        <translation>pantalla de candidato sin reabrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.local_seat_restarted</source>
        <translation>pantalla de candidato reabierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.moved</source>
        <translation>candidato trasladado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.opened</source>
        <translation>sala abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.paired</source>
        <translation>dispositivo aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.pairing_refused</source>
        <translation>dispositivo rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.seat_removed</source>
        <translation>puesto retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.tablet_refused</source>
        <translation>evaluación de una tableta rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.tablet_sign_in_refused</source>
        <translation>inicio de sesión en una tableta rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room.tablet_signed_in</source>
        <translation>inicio de sesión en una tableta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running programs could not be checked</source>
        <translation>no se pudieron revisar los programas abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running: {programs}</source>
        <translation>abiertos: {programs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen {screen}</source>
        <translation>pantalla {screen}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screens</source>
        <translation>pantallas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section &apos;{ident}&apos; has a limit inside a timed section</source>
        <translation>la sección «{ident}» tiene un límite dentro de una sección con tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section &apos;{ident}&apos; picks {select} of its parts at random in a way not delivered (only a selection among items, without sub-sections, replacement or required items); with --skip-unsupported every item is given</source>
        <translation>la sección «{ident}» elige al azar {select} de sus partes de una forma que no se entrega (solo una selección entre ítems, sin subsecciones, reemplazo ni ítems obligatorios); al dejar fuera lo no admitido (--skip-unsupported) se dan todos los ítems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section &apos;{section}&apos; refers to &apos;{target}&apos;, which is not in the package</source>
        <translation>la sección «{section}» remite a «{target}», que no está en el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section {ident}</source>
        <translation>sección {ident}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section_left</source>
        <translation>salida de sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session &apos;{session}&apos;, candidate {number}: {problem}</source>
        <translation>sesión «{session}», candidato {number}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session &apos;{session}&apos;: {problem}</source>
        <translation>sesión «{session}»: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session.closed</source>
        <translation>pantalla de la sesión cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session.ended</source>
        <translation>sesión terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session.exported</source>
        <translation>resultados exportados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session.simulated</source>
        <translation>simulación de práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session.started</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several blanks need processing that adds a value for each correct blank, or gives the score only when all are correct</source>
        <translation>varios huecos necesitan un procesamiento que sume un valor por cada hueco correcto o que dé la puntuación solo cuando todos son correctos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape &apos;{ident}&apos; is kept as a {sides}-sided polygon</source>
        <translation>la forma «{ident}» se conserva como un polígono de {sides} lados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape &apos;{shape}&apos;</source>
        <translation>forma «{shape}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shown as linear text (Qt cannot lay out MathML)</source>
        <translation>se muestra como texto lineal (Qt no puede componer MathML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shown as matching: the first option of each correct pair is matched to one of the others</source>
        <translation>se muestra como correspondencia: la primera opción de cada par correcto se empareja con una de las demás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature does not match</source>
        <translation>la firma no coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed by a trusted body and built for this center; the release code is not checked</source>
        <translation>firmado por un organismo de confianza y preparado para este centro; el código de apertura no se comprueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed by a trusted body and built for this center; the release code is not checked; {warning}</source>
        <translation>firmado por un organismo de confianza y preparado para este centro; el código de apertura no se comprueba; {warning}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed by another station than the one it names</source>
        <translation>firmado por otra estación distinta de la que indica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something was put on the clipboard and removed</source>
        <translation>se puso algo en el portapapeles y se quitó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station clock says {now} UTC</source>
        <translation>el reloj de la estación marca {now} UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station records</source>
        <translation>registros de la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status list</source>
        <translation>la lista de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stimulus</source>
        <translation>estímulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspected misconduct</source>
        <translation>sospecha de conducta indebida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical problem</source>
        <translation>problema técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testPart timeLimits</source>
        <translation>timeLimits de testPart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the areas are numbered on the picture and put in order as a list (Area 1, Area 2, ...)</source>
        <translation>las áreas se numeran en la imagen y se ordenan como una lista (Área 1, Área 2, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the areas are numbered on the picture; for each area the candidate chooses its piece from a list (no dragging)</source>
        <translation>las áreas se numeran en la imagen; para cada área, el candidato elige su pieza de una lista (sin arrastrar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the attribute &apos;{name}&apos; on &lt;{tag}&gt; is not allowed with that value</source>
        <translation>el atributo «{name}» de &lt;{tag}&gt; no está permitido con ese valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit head does not match its entries</source>
        <translation>la cabeza de la auditoría no coincide con sus entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit log was altered ({problem})</source>
        <translation>el registro de auditoría se ha alterado ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the blank in the text is answered from a list below it</source>
        <translation>el hueco del texto se responde eligiendo de una lista que hay debajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the catalog&apos;s accessibility supports (glossary, keyword translations, sign language, spoken text) are not shown; the content they support is</source>
        <translation>no se muestran los apoyos de accesibilidad del catálogo (glosario, traducción de palabras clave, lengua de signos, texto hablado); sí se muestra el contenido al que acompañan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the check itself failed ({kind})</source>
        <translation>la propia comprobación falló ({kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the correct order must place every area</source>
        <translation>el orden correcto debe colocar todas las áreas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the correct order must place every option</source>
        <translation>el orden correcto debe colocar todas las opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the correct response earns no points under the mapping</source>
        <translation>la respuesta correcta no obtiene puntos con el mapa de puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the example &apos;{answer}&apos; does not match the pattern</source>
        <translation>el ejemplo «{answer}» no coincide con el patrón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the highest score point must give the item&apos;s {points:g} points</source>
        <translation>el nivel de puntuación más alto debe dar los {points:g} puntos del ítem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the indentation does not line up with the lines above</source>
        <translation>la sangría no está alineada con las líneas de arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the interaction has no image inside the package</source>
        <translation>la interacción no tiene ninguna imagen dentro del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the item has no body</source>
        <translation>el ítem no tiene cuerpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the item has no response processing, so it cannot be scored</source>
        <translation>el ítem no tiene procesamiento de respuestas, así que no se puede puntuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>la clave «{key}» aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key {key}</source>
        <translation>la tecla {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the marked words are numbered in the text and chosen from a list below it</source>
        <translation>las palabras marcadas se numeran en el texto y se eligen de una lista que hay debajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network refused</source>
        <translation>la red rechazó la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number {number} is too large</source>
        <translation>el número {number} es demasiado grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package has no test; every item is given in one section, form A</source>
        <translation>el paquete no tiene ninguna prueba; todos los ítems se dan en una sección, versión A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payload changed after it was checked</source>
        <translation>el contenido cambió después de comprobarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payload-oxum does not match the payload</source>
        <translation>el payload-oxum no coincide con el contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proctor unlocked the screen with the PIN</source>
        <translation>el supervisor desbloqueó la pantalla con el PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the response declaration has no mapping</source>
        <translation>la declaración de la respuesta no tiene mapa de puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the session&apos;s audit entries carry no key</source>
        <translation>las entradas de auditoría de la sesión no llevan clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stimulus has no body</source>
        <translation>el estímulo no tiene cuerpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stimulus shows nothing</source>
        <translation>el estímulo no muestra nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text cannot be read</source>
        <translation>el texto no se puede leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is not valid YAML</source>
        <translation>el texto no es YAML válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weight of &apos;{identifier}&apos; is not applied</source>
        <translation>no se aplica el peso de «{identifier}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer cannot list its running programs</source>
        <translation>este equipo no puede listar los programas en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this element is not supported in item content</source>
        <translation>este elemento no se admite en el contenido de un ítem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this interaction is not supported</source>
        <translation>esta interacción no se admite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this station has no center key to check attempt histories with</source>
        <translation>esta estación no tiene clave de centro para comprobar los historiales de los intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this station has no center keys</source>
        <translation>esta estación no tiene claves de centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>con el tiempo agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed_out</source>
        <translation>fin del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred</source>
        <translation>traslado a otra estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true/false</source>
        <translation>un valor true/false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected entry {unexpected!r}</source>
        <translation>entrada inesperada {unexpected!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field &apos;{name}&apos;</source>
        <translation>campo desconocido «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field &apos;{name}&apos; (did you mean &apos;{hint}&apos;?)</source>
        <translation>campo desconocido «{name}» (¿quería decir «{hint}»?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable manifest</source>
        <translation>manifiesto ilegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported</source>
        <translation>no admitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untimed</source>
        <translation>sin límite de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name {proctor}</source>
        <translation>usuario {proctor}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values are missing or of the wrong kind</source>
        <translation>faltan valores o son de un tipo incorrecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very easy</source>
        <translation>muy fácil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very hard</source>
        <translation>muy difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visited</source>
        <translation>visita a un ítem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void it</source>
        <translation>anularlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided</source>
        <translation>anulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided at the center</source>
        <translation>anulado en el centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided at the release step</source>
        <translation>anulado al publicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for a marker (1 written answer)</source>
        <translation>esperando a un corrector (1 respuesta escrita)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for a marker ({count} written answers)</source>
        <translation>esperando a un corrector ({count} respuestas escritas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>width, height and radius must be above 0</source>
        <translation>el ancho, el alto y el radio deben ser mayores que 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{checklist}: reconciled by {who}</source>
        <translation>{checklist}: conciliada por {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{checklist}: reconciled by {who} ({notes})</source>
        <translation>{checklist}: conciliada por {who} ({notes})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} credential file(s) in {folder} are not recorded as issued (left by an interrupted run), e.g. {unrecorded}.</source>
        <translation>{count} archivo(s) de credencial en {folder} no constan como emitidos (quedaron de una ejecución interrumpida), p. ej. {unrecorded}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} difference(s) need a decision and a reason.</source>
        <translation>{count} diferencia(s) necesitan una decisión y un motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} extra screen(s) at the start</source>
        <translation>pantallas adicionales al empezar: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} more findings.</source>
        <translation>{count} hallazgos más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} screens ({sizes})</source>
        <translation>{count} pantallas ({sizes})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{decision}: {reason} ({who}, {at} UTC)</source>
        <translation>{decision}: {reason} ({who}, {at} UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{filename} is damaged</source>
        <translation>{filename} está dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{filename} is larger than allowed</source>
        <translation>{filename} es más grande de lo permitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} does not match {name}</source>
        <translation>{file} no coincide con {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{flags} (n = {n})</source>
        <translation>{flags} (n = {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{flag} &apos;{text}&apos; is not a date and time.</source>
        <translation>{flag} «{text}» no es una fecha y hora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{found} is not one of the options ({listed})</source>
        <translation>{found} no es una de las opciones ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{found} was written for a newer version of ExamStation; this one reads &apos;{expected}&apos;</source>
        <translation>{found} se escribió para una versión más reciente de ExamStation; esta lee «{expected}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} is not one of the options ({listed})</source>
        <translation>{key} no es una de las opciones ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind:&lt;11} {subject}: {feature}: {detail}</source>
        <translation>{kind:&lt;11} {subject}: {feature}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} attribute</source>
        <translation>atributo {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} could not pair with the simulation&apos;s station.</source>
        <translation>{name} no pudo emparejarse con la estación de la simulación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not cover {file}</source>
        <translation>{name} no incluye {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has a line that is not &apos;Label: value&apos;</source>
        <translation>{name} tiene una línea que no es «Etiqueta: valor»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds the keys of a {role} (&apos;{identity}&apos;), not of a {wanted}.</source>
        <translation>{name} contiene las claves de {role} («{identity}»), no de {wanted}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a {role} identity, not a center.</source>
        <translation>{name} es una identidad de {role}, no de un centro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is larger than allowed</source>
        <translation>{name} es más grande de lo permitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not UTF-8</source>
        <translation>{name} no está en UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a JSON identity file.</source>
        <translation>{name} no es un archivo de identidad JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a JSON value</source>
        <translation>{name} no es un valor JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a plain file</source>
        <translation>{name} no es un archivo normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an ExamStation package (or its first bytes are damaged).</source>
        <translation>{name} no es un paquete de ExamStation (o sus primeros bytes están dañados).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not ciphertext</source>
        <translation>{name} no es texto cifrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is stored in an unsupported way</source>
        <translation>{name} está guardado de una forma no admitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} lists {file!r} unexpectedly</source>
        <translation>{name} incluye {file!r} sin esperarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} repeats {label!r}</source>
        <translation>{name} repite {label!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s account is locked after repeated wrong PINs. Try again in {minutes} minute(s), or ask the station administrator.</source>
        <translation>La cuenta de {name} está bloqueada tras varios PIN incorrectos. Vuelva a intentarlo dentro de {minutes} minuto(s), o pida ayuda al administrador de la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: &apos;{filename}&apos; cannot be read ({error})</source>
        <translation>{name}: «{filename}» no se puede leer ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: &apos;{filename}&apos; is larger than {megabytes} MB</source>
        <translation>{name}: «{filename}» ocupa más de {megabytes} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: &apos;{relative}&apos; is larger than {megabytes} MB</source>
        <translation>{name}: «{relative}» ocupa más de {megabytes} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: &apos;{relative}&apos; is referenced but not in the package</source>
        <translation>{name}: se hace referencia a «{relative}», pero no está en el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: &apos;{relative}&apos; points outside the package</source>
        <translation>{name}: «{relative}» apunta fuera del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: cannot be opened: {why}</source>
        <translation>{name}: no se puede abrir: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: cannot be read: {why}</source>
        <translation>{name}: no se puede leer: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: declares a DTD or entities, which are refused for safety; export the content again without a DOCTYPE</source>
        <translation>{name}: declara una DTD o entidades, que se rechazan por seguridad; exporte de nuevo el contenido sin DOCTYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: declares a character encoding that cannot be read ({why}); export it again as UTF-8</source>
        <translation>{name}: declara una codificación de caracteres que no se puede leer ({why}); expórtelo de nuevo en UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: expected a mapping of fields</source>
        <translation>{name}: se esperaba un mapa de campos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: format: expected &apos;{expected}&apos;</source>
        <translation>{name}: format: se esperaba «{expected}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: format: {found} was written for a newer version of ExamStation; this one reads &apos;{expected}&apos;</source>
        <translation>{name}: format: {found} se escribió para una versión más reciente de ExamStation; esta lee «{expected}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: holds more than {files} files or {megabytes} MB unpacked; refused</source>
        <translation>{name}: contiene más de {files} archivos u ocupa más de {megabytes} MB descomprimido; se rechaza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: is larger than {megabytes} MB</source>
        <translation>{name}: ocupa más de {megabytes} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: is neither a folder nor a readable zip file</source>
        <translation>{name}: no es una carpeta ni un archivo zip legible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: is not UTF-8 text</source>
        <translation>{name}: no es texto UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: is not well-formed XML (line {line}, column {column})</source>
        <translation>{name}: no es XML bien formado (línea {line}, columna {column})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: nests elements more than {levels} levels deep</source>
        <translation>{name}: anida elementos a más de {levels} niveles de profundidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no companion file. Put {companion} in the package or pass --companion FILE with: format, id, version, credential, scoring (cut score); see docs/qti-import.md</source>
        <translation>{name}: no hay archivo complementario. Ponga {companion} en el paquete o elija un archivo complementario QTI (--companion ARCHIVO) con: format, id, version, credential, scoring (nota de corte); consulte docs/qti-import.md</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no {manifest} at the top of the package; a QTI content package needs one (export it again as an IMS content package)</source>
        <translation>{name}: no hay {manifest} en la raíz del paquete; un paquete de contenido QTI lo necesita (expórtelo de nuevo como paquete de contenido IMS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: nothing importable is left: every item was left out (or no test gives any item that is left). Why:</source>
        <translation>{name}: no queda nada que importar: se han dejado fuera todos los ítems (o ninguna prueba incluye los que quedan). Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the manifest lists no QTI items</source>
        <translation>{name}: el manifiesto no enumera ningún ítem QTI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: unknown field &apos;{field}&apos;</source>
        <translation>{name}: campo desconocido «{field}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{option} is the identity of a {role}, not of a credential body.</source>
        <translation>{option} es la identidad de {role}, no de un organismo certificador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{package}: &apos;{relative}&apos; is not a path inside the package</source>
        <translation>{package}: «{relative}» no es una ruta dentro del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{package}: &apos;{relative}&apos; points outside the package</source>
        <translation>{package}: «{relative}» apunta fuera del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a credential file: {problem}.</source>
        <translation>{path} no es un archivo de credencial: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}: no se puede leer ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is not a QTI 2.0, 2.1, 2.2 or 3.0 {kind}</source>
        <translation>{path}: no es un {kind} de QTI 2.0, 2.1, 2.2 o 3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is not a folder</source>
        <translation>{path}: no es una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no exam.yaml (or exam.json) found</source>
        <translation>{path}: no se encuentra exam.yaml (ni exam.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no such folder or file</source>
        <translation>{path}: no existe esa carpeta ni ese archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: sections are nested more than {depth} deep (at &apos;{ident}&apos;); a section file may refer to itself</source>
        <translation>{path}: las secciones se anidan a más de {depth} niveles (en «{ident}»); puede que un archivo de sección remita a sí mismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the test has no testPart</source>
        <translation>{path}: la prueba no tiene testPart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{points:g} is not one of this rubric&apos;s score points ({scale}).</source>
        <translation>{points:g} no es una de las puntuaciones de esta rúbrica ({scale}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} (line {line}, column {column})</source>
        <translation>{problem} (línea {line}, columna {column})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{seat} is an evaluator tablet.</source>
        <translation>{seat} es una tableta de evaluador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sizes}; the main screen is small</source>
        <translation>{sizes}; la pantalla principal es pequeña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} GiB free for {home}</source>
        <translation>{size} GiB libres para {home}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{span} of exam time passed while the attempt was {state}.</source>
        <translation>Pasaron {span} de tiempo de examen mientras el intento estaba {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} after {span} in section {section}, whose time ended at {end}.</source>
        <translation>{what} tras {span} en la sección {section}, cuyo tiempo terminaba a los {end}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} at {span} of exam time, after the exam time ended at {end}.</source>
        <translation>{what} a los {span} de tiempo de examen, cuando el tiempo del examen ya había terminado a los {end}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} at {time}</source>
        <translation>{what} a las {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} at {time}: {note}</source>
        <translation>{what} a las {time}: {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} cannot be based on an earlier event: only a candidate&apos;s own actions are made at a seat.</source>
        <translation>{what} no puede basarse en un evento anterior: en un puesto solo se hacen las acciones del propio candidato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} id &apos;{ident}&apos; is used more than once</source>
        <translation>el id «{ident}» ({what}) se usa más de una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} in section {section}, which was closed when the candidate left it.</source>
        <translation>{what} en la sección {section}, que se cerró cuando el candidato salió de ella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is not supported for this interaction</source>
        <translation>{what} no se admite para esta interacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} while the attempt was {state}: the attempt&apos;s rules do not allow it.</source>
        <translation>{what} mientras el intento estaba {state}: las reglas del intento no lo permiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: a minimum time is not enforced</source>
        <translation>{where}: no se exige un tiempo mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: answers are submitted when time runs out</source>
        <translation>{where}: las respuestas se envían cuando se acaba el tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/error_words.py" line="+33"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file or folder does not exist</source>
        <translation>el archivo o la carpeta no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk or USB stick failed to read or write</source>
        <translation>falló la lectura o la escritura del disco o la memoria USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file or folder of that name already exists</source>
        <translation>ya existe un archivo o una carpeta con ese nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the path is a file, not a folder</source>
        <translation>parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program already uses it</source>
        <translation>otro programa ya lo está usando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection timed out</source>
        <translation>se agotó el tiempo de la conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the operating system refused it</source>
        <translation>el sistema operativo no lo permitió</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} could not be used: {why}. Check the file, the folder and the disk, then try again.</source>
        <translation>No se pudo usar {file}: {why}. Compruebe el archivo, la carpeta y el disco, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be used: {why}. Check the folder and the disk, then try again.</source>
        <translation>No se pudo usar un archivo: {why}. Compruebe la carpeta y el disco, y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>EvaluatorScreen</name>
    <message>
        <location filename="../../app/ui/evaluator/evaluator_screen.py" line="+52"/>
        <source>Evaluation status</source>
        <translation>Estado de la evaluación</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Evaluator mode</source>
        <translation>Modo evaluador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidate to evaluate</source>
        <translation>Candidato que se evaluará</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can&amp;didate:</source>
        <translation>Can&amp;didato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check&amp;list:</source>
        <translation>&amp;Lista de verificación:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;valuator:</source>
        <translation>E&amp;valuador:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your PI&amp;N, to resume:</source>
        <translation>Su PI&amp;N, para continuar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your PIN, to resume your marks</source>
        <translation>Su PIN, para continuar con sus calificaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>&amp;Start the evaluation</source>
        <translation>&amp;Iniciar la evaluación</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+75"/>
        <source>Start the evaluation</source>
        <translation>Iniciar la evaluación</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&amp;Reconcile the differences</source>
        <translation>&amp;Resolver las diferencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconcile the differences</source>
        <translation>Resolver las diferencias</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>This exam has no performance checklists.</source>
        <translation>Este examen no tiene listas de verificación prácticas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evaluator accounts on this station. Ask the station administrator to add them (Accounts…); each needs a PIN.</source>
        <translation>No hay cuentas de evaluador en esta estación. Pida al administrador de la estación que las agregue (Cuentas…); cada una necesita un PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No candidate is checked in yet. Check candidates in first.</source>
        <translation>Aún no hay ningún candidato registrado. Registre primero a los candidatos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Res&amp;ume my marks</source>
        <translation>Contin&amp;uar mis calificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume my marks in progress, with my PIN</source>
        <translation>Continuar mis calificaciones en curso, con mi PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;how the result to me</source>
        <translation>Mostrar&amp;me el resultado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The result shows until another candidate or checklist is chosen. Choose another before a second evaluator starts.</source>
        <translation>El resultado se muestra hasta que se elija otro candidato u otra lista. Elija otro antes de que empiece un segundo evaluador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist result</source>
        <translation>Resultado de la lista de verificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credential result</source>
        <translation>Resultado de la credencial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Sign off with my PIN</source>
        <translation>&amp;Firmar con mi PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-off result</source>
        <translation>Resultado de la firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bac&amp;k (my marks are kept)</source>
        <translation>&amp;Volver (se guardan mis calificaciones)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back, keeping my marks to resume later</source>
        <translation>Volver, guardando mis calificaciones para continuar después</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your marks in progress are back; the task time went on.</source>
        <translation>Sus calificaciones en curso están de vuelta; el tiempo de la tarea siguió corriendo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your marks could not be kept: {why}</source>
        <translation>No se pudieron guardar sus calificaciones: {why}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your marks are kept. To go on, choose yourself as the evaluator and resume with your PIN.</source>
        <translation>Sus calificaciones están guardadas. Para seguir, elíjase como evaluador y continúe con su PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was marked; nothing kept.</source>
        <translation>No se calificó nada; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed. The result stays hidden here while a second evaluator may still score on their own.</source>
        <translation>Firmada. El resultado queda oculto aquí mientras un segundo evaluador pueda todavía calificar por su cuenta.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Evaluating {who} on “{checklist}”, by {evaluator}</source>
        <translation>Evaluación de {who} en «{checklist}», por {evaluator}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Back without reconciling</source>
        <translation>Volver sin resolver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (nothing is recorded)</source>
        <translation>Volver (no se registra nada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciling {who} on “{checklist}”</source>
        <translation>Resolución de {who} en «{checklist}»</translation>
    </message>
</context>
<context>
    <name>ExitPinDialog</name>
    <message>
        <location filename="../../app/ui/lockdown/pin_dialog.py" line="+27"/>
        <source>Exit the exam (proctor)</source>
        <translation>Salir del examen (supervisor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proctor exit</source>
        <translation>Salida del supervisor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the proctor can end lockdown. Enter your user name and PIN.</source>
        <translation>Solo el supervisor puede terminar el bloqueo. Escriba su usuario y su PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proctor user name</source>
        <translation>Usuario del supervisor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proctor PIN</source>
        <translation>PIN del supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit message</source>
        <translation>Mensaje de salida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Exit lockdown</source>
        <translation>Salir del bloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Stay in the exam</source>
        <translation>Seguir en el examen</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Wrong user name or PIN. Wrong tries so far: %n. The station may lock the account after several.</source>
        <translation>
            <numerusform>Usuario o PIN incorrectos. Intentos fallidos hasta ahora: %n. La estación puede bloquear la cuenta tras varios.</numerusform>
            <numerusform>Usuario o PIN incorrectos. Intentos fallidos hasta ahora: %n. La estación puede bloquear la cuenta tras varios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../app/ui/admin/first_run.py" line="+41"/>
        <source>Set up this station</source>
        <translation>Configurar esta estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three steps, once per station: the administrator&apos;s account, the center&apos;s keys, and trust in the credential body that sends the exams.</source>
        <translation>Tres pasos, una vez por estación: la cuenta del administrador, las claves del centro y la confianza en el organismo certificador que envía los exámenes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is a &amp;candidate workstation</source>
        <translation>Este equipo es un &amp;puesto de candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer is a candidate workstation</source>
        <translation>Este equipo es un puesto de candidato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A candidate workstation in a testing room needs none of this: it pairs with the proctor&apos;s station.</source>
        <translation>Un puesto de candidato en una sala de examen no necesita nada de esto: se empareja con la estación del supervisor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Finish set-up and sign in</source>
        <translation>&amp;Terminar la configuración e iniciar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish set-up and sign in</source>
        <translation>Terminar la configuración e iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set-up status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. The station administrator</source>
        <translation>1. El administrador de la estación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrator user name</source>
        <translation>Usuario del administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrator display name</source>
        <translation>Nombre visible del administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 or more characters</source>
        <translation>8 caracteres o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: 4 or more digits, unlocks candidate screens</source>
        <translation>opcional: 4 dígitos o más, desbloquea las pantallas de los candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrator password</source>
        <translation>Contraseña del administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrator PIN</source>
        <translation>PIN del administrador</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose the center&apos;s key backup</source>
        <translation>Elija la copia de las claves del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key backups (*.json);;All files (*)</source>
        <translation>Copias de claves (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening the backup and sealing the center&apos;s keys on this station…</source>
        <translation>Abriendo la copia y sellando las claves del centro en esta estación…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No keys were stored. A passphrase is needed on a station without an OS keyring; press Create center keys or Restore to try again.</source>
        <translation>No se guardó ninguna clave. En una estación sin llavero del sistema se necesita una frase de contraseña; pulse Crear las claves del centro o Restaurar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create ad&amp;ministrator</source>
        <translation>Crear ad&amp;ministrador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator result</source>
        <translation>Resultado del administrador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Administrator “{user}” created. Next: the center&apos;s identity.</source>
        <translation>Se creó el administrador «{user}». Siguiente paso: la identidad del centro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. This center&apos;s identity</source>
        <translation>2. La identidad de este centro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Center &amp;name:</source>
        <translation>No&amp;mbre del centro:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Center name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create center &amp;keys</source>
        <translation>Crear las &amp;claves del centro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create center keys</source>
        <translation>Crear las claves del centro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export identity file…</source>
        <translation>E&amp;xportar archivo de identidad…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export identity file</source>
        <translation>Exportar archivo de identidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore center keys from a &amp;backup…</source>
        <translation>Restaurar las claves del centro desde una &amp;copia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore center keys from a backup</source>
        <translation>Restaurar las claves del centro desde una copia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A second station of the same center, or one whose disk was replaced, restores the center&apos;s keys from the backup file (examstation keys backup) instead.</source>
        <translation>Una segunda estación del mismo centro, o una cuyo disco se cambió, restaura en su lugar las claves del centro desde el archivo de copia (examstation keys backup).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the center keys</source>
        <translation>Creando las claves del centro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Center identity</source>
        <translation>Identidad del centro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the center&apos;s name as the credential body knows it.</source>
        <translation>Escriba el nombre del centro tal como lo conoce el organismo certificador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating and sealing the center&apos;s keys…</source>
        <translation>Creando y sellando las claves del centro…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save the center&apos;s identity file</source>
        <translation>Guardar el archivo de identidad del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Identity files (*.json)</source>
        <translation>Archivos de identidad (*.json)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Saved {path}. Send it to the credential body and read them the fingerprint {fp} by phone.</source>
        <translation>Se guardó {path}. Envíelo al organismo certificador y léales por teléfono la huella {fp}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3. Trust the credential body</source>
        <translation>3. Confiar en el organismo certificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential body sends its identity file (body.json). Confirm its fingerprint with them by phone before trusting it.</source>
        <translation>El organismo certificador envía su archivo de identidad (body.json). Confirme su huella con ellos por teléfono antes de confiar en él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust a body identity file…</source>
        <translation>Confiar en un &amp;archivo de identidad de organismo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust a body identity file</source>
        <translation>Confiar en un archivo de identidad de organismo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted bodies</source>
        <translation>Organismos de confianza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the credential body&apos;s identity file</source>
        <translation>Elija el archivo de identidad del organismo certificador</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} is a {role} identity, not a credential body&apos;s. Choose the body&apos;s file.</source>
        <translation>{file} es una identidad de {role}, no de un organismo certificador. Elija el archivo del organismo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This station is “{name}”, fingerprint {fp} ({store}). Export the identity file for the credential body.</source>
        <translation>Esta estación es «{name}», huella {fp} ({store}). Exporte el archivo de identidad para el organismo certificador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trusted: {list}.</source>
        <translation>De confianza: {list}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its private keys are in this computer&apos;s keyring</source>
        <translation>sus claves privadas están en el llavero de este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its private keys are in a passphrase-protected key file in {folder}</source>
        <translation>sus claves privadas están en un archivo de claves protegido con frase de paso en {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set-up is done, but no credential body is trusted yet: packages will not open until you trust one (step 3).</source>
        <translation>La configuración está hecha, pero aún no confía en ningún organismo certificador: los paquetes no se abrirán hasta que confíe en uno (paso 3).</translation>
    </message>
</context>
<context>
    <name>HighlightedText</name>
    <message>
        <location filename="../../app/ui/candidate/highlights.py" line="+57"/>
        <source>Highlighted: {passages}.</source>
        <translation>Resaltado: {passages}.</translation>
    </message>
</context>
<context>
    <name>HotspotAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/hotspot.py" line="+151"/>
        <source>Your mark</source>
        <translation>Su marca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This image cannot be shown. Tell the proctor.</source>
        <translation>No se puede mostrar esta imagen. Avise al supervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image to mark</source>
        <translation>Imagen para marcar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the place on the image, or move the crosshair with the arrow keys (Shift for small steps) and press Enter or Space to mark it. Plus and minus zoom.</source>
        <translation>Haga clic en el lugar de la imagen, o mueva la cruz con las flechas (Mayús para pasos pequeños) y pulse Intro o Espacio para marcarlo. Más y menos cambian el zoom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image to mark</source>
        <translation>imagen para marcar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark the right place on the image: click it, or use the arrow keys and press Enter.</source>
        <translation>Marque el lugar correcto de la imagen: haga clic en él, o use las flechas y pulse Intro.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No place marked yet.</source>
        <translation>Aún no ha marcado ningún lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked at {x}, {y} (image pixels).</source>
        <translation>Marcado en {x}, {y} (píxeles de la imagen).</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../app/ui/proctor/action_dialogs.py" line="-186"/>
        <source>left the exam window</source>
        <translation>salió de la ventana del examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disruption in the room</source>
        <translation>alteración en la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical problem</source>
        <translation>problema técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspected misconduct</source>
        <translation>sospecha de conducta indebida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>illness</source>
        <translation>enfermedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Report an incident</source>
        <translation>Informar de un incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An incident is recorded with the candidate&apos;s attempt; it does not stop their exam.</source>
        <translation>El incidente se registra con el intento del candidato; no detiene su examen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record incident</source>
        <translation>&amp;Registrar incidente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident type</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What happened (required):</source>
        <translation>&amp;Qué ocurrió (obligatorio):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident description</source>
        <translation>Descripción del incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of the report</source>
        <translation>Hora del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by:</source>
        <translation>Informado por:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Describe what happened: who, what, and what you did.</source>
        <translation>Describa lo que ocurrió: quién, qué y qué hizo usted.</translation>
    </message>
</context>
<context>
    <name>InterruptedPage</name>
    <message>
        <location filename="../../app/ui/candidate/welcome.py" line="+127"/>
        <source>Your exam was interrupted</source>
        <translation>Su examen se interrumpió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exam stopped unexpectedly, for example because the computer restarted. Every answer you saw as saved is kept, and you get back the time the exam rules allow. You will continue on the question you were on.</source>
        <translation>El examen se detuvo de forma inesperada, por ejemplo porque el equipo se reinició. Se conservan todas las respuestas que vio como guardadas y recupera el tiempo que permiten las normas del examen. Continuará en la pregunta en la que estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue the exam</source>
        <translation>Continuar el examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes back to your exam; the clock starts again</source>
        <translation>Vuelve a su examen; el reloj se pone en marcha de nuevo</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../app/ui/candidate/item_page.py" line="+53"/>
        <source>Clear answer</source>
        <translation>Borrar respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removes your answer to this question</source>
        <translation>Quita su respuesta a esta pregunta</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select words of the question or of the passage with the mouse, or with Shift and the arrow keys, then highlight them; highlighting highlighted words removes it. Not scored. Shortcut: Alt+L</source>
        <translation>Seleccione palabras de la pregunta o del pasaje con el ratón, o con Mayús y las flechas, y resáltelas; resaltar palabras ya resaltadas quita el resaltado. No se califica. Atajo: Alt+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear highlights</source>
        <translation>Quitar resaltados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes every highlight from this question&apos;s text</source>
        <translation>Quita todos los resaltados del texto de esta pregunta</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Go to the previous question. Shortcut: Alt+P</source>
        <translation>Ir a la pregunta anterior. Atajo: Alt+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Flag for review</source>
        <translation>Marcar para revisar</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Marks this question so you can find it again on the review screen. Shortcut: Alt+F</source>
        <translation>Marca esta pregunta para encontrarla de nuevo en la pantalla de revisión. Atajo: Alt+F</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Review answers</source>
        <translation>Revisar respuestas</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Shows which questions are answered, unanswered or flagged. Shortcut: Alt+R</source>
        <translation>Muestra qué preguntas están respondidas, sin responder o marcadas. Atajo: Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next question. Shortcut: Alt+N</source>
        <translation>Ir a la pregunta siguiente. Atajo: Alt+N</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Question {number} of {total}</source>
        <translation>Pregunta {number} de {total}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Flagged ⚑</source>
        <translation>Marcada ⚑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged for review</source>
        <translation>Marcadas para revisar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Image for this question</source>
        <translation>Imagen de esta pregunta</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select words of the question or of the passage first (Shift and the arrow keys), then highlight them.</source>
        <translation>Seleccione primero palabras de la pregunta o del pasaje (Mayús y las flechas) y luego resáltelas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Highlights removed from the passage.</source>
        <translation>Se quitó el resaltado del pasaje.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move to an option with Tab first, then press Alt+X to strike it out.</source>
        <translation>Vaya primero a una opción con Tab y luego pulse Alt+X para tacharla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option {letter} struck out.</source>
        <translation>Opción {letter} tachada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option {letter} restored.</source>
        <translation>Opción {letter} restablecida.</translation>
    </message>
</context>
<context>
    <name>ItemTypes</name>
    <message>
        <location filename="../../app/ui/candidate/responses/__init__.py" line="+35"/>
        <source>Single choice</source>
        <translation>Opción única</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple response</source>
        <translation>Respuesta múltiple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True or false</source>
        <translation>Verdadero o falso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short text</source>
        <translation>Respuesta breve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching</source>
        <translation>Relacionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspot</source>
        <translation>Punto en la imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the blanks</source>
        <translation>Completar los espacios</translation>
    </message>
</context>
<context>
    <name>JumpGrid</name>
    <message>
        <location filename="../../app/ui/candidate/jump_grid.py" line="+84"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every question by number; choose one to go to it</source>
        <translation>Todas las preguntas por número; elija una para ir a ella</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✓ answered · ◐ incomplete · ⚑ flagged · dotted: not seen yet</source>
        <translation>✓ respondida · ◐ incompleta · ⚑ marcada · punteada: aún no vista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the marks on the question numbers mean</source>
        <translation>Qué significan las marcas de los números de pregunta</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Question {number}</source>
        <translation>Pregunta {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incomplete: only partly answered</source>
        <translation>incompleta: respondida solo en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not seen yet</source>
        <translation>aún no vista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flagged for review</source>
        <translation>marcada para revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section closed</source>
        <translation>sección cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you are here</source>
        <translation>está aquí</translation>
    </message>
</context>
<context>
    <name>LetterRow</name>
    <message>
        <location filename="../../app/ui/candidate/responses/matching.py" line="+51"/>
        <source>Match “{term}” with definition {letter}</source>
        <translation>Emparejar «{term}» con la definición {letter}</translation>
    </message>
</context>
<context>
    <name>LocalSeatsBar</name>
    <message>
        <location filename="../../app/ui/proctor/local_seats_bar.py" line="+24"/>
        <location line="+1"/>
        <source>Candidate screens on this computer</source>
        <translation>Pantallas de candidatos en este equipo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Candidate screen</source>
        <translation>Pantalla del candidato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Program number {pid} on this computer</source>
        <translation>Programa número {pid} en este equipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{seat}: {name}&apos;s screen keeps stopping, so it is not started again. Every answer saved so far is on the station. Choose {name} on the Console and press Open screen to try again, or move them to a workstation on the Room tab.</source>
        <translation>{seat}: la pantalla de {name} se sigue deteniendo, así que no se vuelve a iniciar. Todas las respuestas guardadas hasta ahora están en la estación. Elija a {name} en la Consola y pulse Abrir pantalla para intentarlo de nuevo, o trasládelo a un puesto en la pestaña Sala.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{seat}: {name} has finished; everything is on the station and the screen has closed.</source>
        <translation>{seat}: {name} terminó; todo está en la estación y la pantalla se cerró.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{seat}: {name} now sits at another seat; this screen has closed.</source>
        <translation>{seat}: {name} está ahora en otro puesto; esta pantalla se cerró.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{seat}: a proctor closed {name}&apos;s screen with their PIN. To bring it back, choose {name} on the Console and press Open screen; if they were writing, they press Continue.</source>
        <translation>{seat}: un supervisor cerró la pantalla de {name} con su PIN. Para volver a abrirla, elija a {name} en la Consola y pulse Abrir pantalla; si estaba escribiendo, pulsa Continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{seat}: {name}&apos;s screen was closed with the station.</source>
        <translation>{seat}: la pantalla de {name} se cerró junto con la estación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{seat}: {name}&apos;s screen stopped unexpectedly at {when} and was started again from the station&apos;s copy; no saved answer is lost. If {name} was writing, they press Continue to go on.</source>
        <translation>{seat}: la pantalla de {name} se detuvo de forma inesperada a las {when} y se volvió a iniciar desde la copia de la estación; no se perdió ninguna respuesta guardada. Si {name} estaba escribiendo, pulsa Continuar para seguir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{seat}: {name}&apos;s exam is running in its own window.</source>
        <translation>{seat}: el examen de {name} está en curso en su propia ventana.</translation>
    </message>
</context>
<context>
    <name>LockdownController</name>
    <message>
        <location filename="../../app/ui/lockdown/controller.py" line="+104"/>
        <source>Exit (proctor)</source>
        <translation>Salir (supervisor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proctor ends lockdown with their PIN</source>
        <translation>El supervisor termina el bloqueo con su PIN</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>These programs must be closed before the exam starts: {names}.</source>
        <translation>Hay que cerrar estos programas antes de que empiece el examen: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close them (ask the proctor if you cannot), then start again.</source>
        <translation>Ciérrelos (pida ayuda al supervisor si no puede) y vuelva a iniciar.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No screen was found, so the exam cannot be shown.</source>
        <translation>No se encontró ninguna pantalla, así que no se puede mostrar el examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the display connection, then start again.</source>
        <translation>Compruebe la conexión de la pantalla y vuelva a iniciar.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This exam does not allow extra screens. Extra screens connected: %n.</source>
        <translation>
            <numerusform>Este examen no permite pantallas adicionales. Pantallas adicionales conectadas: %n.</numerusform>
            <numerusform>Este examen no permite pantallas adicionales. Pantallas adicionales conectadas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect them (or turn off screen mirroring), then start again.</source>
        <translation>Desconéctelas (o desactive la duplicación de pantalla) y vuelva a iniciar.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>At {time} the exam window lost focus. This has been recorded for the proctor.</source>
        <translation>A las {time} la ventana del examen perdió el foco. Queda registrado para el supervisor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You left the exam window at {time} for {seconds} s. This has been recorded for the proctor.</source>
        <translation>Salió de la ventana del examen a las {time} durante {seconds} s. Queda registrado para el supervisor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At {time} something was put on the clipboard. It was removed: copying in from outside the exam is not allowed. This has been recorded.</source>
        <translation>A las {time} se puso algo en el portapapeles. Se quitó: no se permite copiar desde fuera del examen. Queda registrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{key} is not available during the exam. Pressing it has been recorded.</source>
        <translation>{key} no está disponible durante el examen. Se registró que se pulsó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At {time} a screen was connected. It is covered, and this has been recorded.</source>
        <translation>A las {time} se conectó una pantalla. Está cubierta y queda registrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At {time} a screen was disconnected. This has been recorded.</source>
        <translation>A las {time} se desconectó una pantalla. Queda registrado.</translation>
    </message>
</context>
<context>
    <name>LockdownNotice</name>
    <message>
        <location filename="../../app/ui/lockdown/notice.py" line="+28"/>
        <source>Lockdown notice</source>
        <translation>Aviso de bloqueo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the lockdown notice</source>
        <translation>Cerrar el aviso de bloqueo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+42"/>
        <source>ExamStation — Staff</source>
        <translation>ExamStation — Personal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Station home: {path}</source>
        <translation>Carpeta de la estación: {path}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>DEMO MODE: demo keys and throwaway data, deleted when you close the window.</source>
        <translation>MODO DE DEMOSTRACIÓN: claves de demostración y datos desechables, que se borran al cerrar la ventana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release code: {code}.</source>
        <translation>Código de apertura: {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proctor: sign in as {user} / {password}; PIN {pin}.</source>
        <translation>Supervisor: inicie sesión como {user} / {password}; PIN {pin}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator: sign in as {user} / {password}; PIN {pin}.</source>
        <translation>Administrador: inicie sesión como {user} / {password}; PIN {pin}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluators: {list}.</source>
        <translation>Evaluadores: {list}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} (PIN {pin})</source>
        <translation>{user} (PIN {pin})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To leave a candidate&apos;s locked screen: press {keys}, then give the proctor&apos;s user name and PIN.</source>
        <translation>Para salir de la pantalla bloqueada de un candidato: pulse {keys} y luego indique el nombre de usuario y el PIN del supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats: open the session&apos;s Room tab and press Open the room, then Pair in each seat window and accept the code it shows. A candidate admitted while the room is closed gets a window of their own on this computer instead.</source>
        <translation>Puestos: abra la pestaña Sala de la sesión y pulse Abrir la sala; luego Emparejar en la ventana de cada puesto y acepte el código que muestra. Un candidato admitido con la sala cerrada recibe en su lugar una ventana propia en este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo mode notice</source>
        <translation>Aviso del modo de demostración</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed-in user</source>
        <translation>Usuario con sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station accounts</source>
        <translation>Cuentas de la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Sesión iniciada: {name} ({role})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in to start a session with this exam.</source>
        <translation>Inicie sesión para empezar una sesión con este examen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The session is closed. Choose the next exam package and enter its release code.</source>
        <translation>La sesión está cerrada. Elija el siguiente paquete de examen y escriba su código de apertura.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name}&apos;s screen did not start: {why}</source>
        <translation>La pantalla de {name} no se inició: {why}</translation>
    </message>
</context>
<context>
    <name>MarkingTab</name>
    <message>
        <location filename="../../app/ui/admin/marking_tab.py" line="+41"/>
        <source>Marking</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marking sections</source>
        <translation>Secciones de corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark answers</source>
        <translation>Corregir respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement between markers</source>
        <translation>Concordancia entre correctores</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+198"/>
        <source>Marker</source>
        <translation>Corrector</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marker&apos;s user name</source>
        <translation>Usuario del corrector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marker&apos;s password</source>
        <translation>Contraseña del corrector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to mark</source>
        <translation>Iniciar sesión para corregir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is signed in</source>
        <translation>Quién tiene la sesión iniciada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the password…</source>
        <translation>Comprobando la contraseña…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>adjudicator</source>
        <translation>árbitro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>marker</source>
        <translation>corrector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as {name} ({role}).</source>
        <translation>Sesión iniciada como {name} ({role}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed out. Sign in to mark.</source>
        <translation>Sesión cerrada. Inicie sesión para corregir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in with a marker&apos;s account to see the answers waiting for a mark.</source>
        <translation>Inicie sesión con una cuenta de corrector para ver las respuestas pendientes de corrección.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+139"/>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+139"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First marks</source>
        <translation>Primeras correcciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second marks</source>
        <translation>Segundas correcciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjudication</source>
        <translation>Arbitraje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers waiting for a mark, by exam, question and center</source>
        <translation>Respuestas pendientes de corrección, por examen, pregunta y centro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queue summary</source>
        <translation>Resumen de la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh the queue</source>
        <translation>Act&amp;ualizar la cola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh the queue</source>
        <translation>Actualizar la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark this &amp;question</source>
        <translation>Corregir esta &amp;pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the chosen question</source>
        <translation>Corregir la pregunta elegida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;djudicate differences</source>
        <translation>Arbitrar &amp;diferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjudicate differences between markers</source>
        <translation>Arbitrar las diferencias entre correctores</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the queue…</source>
        <translation>Leyendo la cola…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answers waiting for a mark: {n}. Differences waiting for an adjudicator: {a}.</source>
        <translation>Respuestas pendientes de corrección: {n}. Diferencias pendientes de arbitraje: {a}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is waiting. Import result bundles on the Import tab to get more.</source>
        <translation>No hay nada pendiente. Importe paquetes de resultados en la pestaña Importar para obtener más.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a question in the list first.</source>
        <translation>Primero elija una pregunta de la lista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No differences wait for you on this question.</source>
        <translation>No hay diferencias pendientes para usted en esta pregunta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on this question waits for your mark. Choose another question, or refresh the queue.</source>
        <translation>Nada de esta pregunta espera su corrección. Elija otra pregunta o actualice la cola.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pick a score point first (a digit key or a button), then save.</source>
        <translation>Primero elija una puntuación (con una tecla numérica o un botón) y luego guarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {points}. The answer&apos;s final score is {final}.</source>
        <translation>Se guardó {points}. La puntuación final de la respuesta es {final}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {points}. The two marks differ too much: an adjudicator decides.</source>
        <translation>Se guardó {points}. Las dos correcciones difieren demasiado: decide un árbitro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {points}. A second marker marks it too, without seeing yours.</source>
        <translation>Se guardó {points}. Un segundo corrector también la corrige, sin ver la suya.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Answers marked twice</source>
        <translation>Respuestas corregidas dos veces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same score point</source>
        <translation>Misma puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same or next score point</source>
        <translation>Misma puntuación o la contigua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First mark minus second, on average (points)</source>
        <translation>Primera corrección menos la segunda, en promedio (puntos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement between the two markers, per question</source>
        <translation>Concordancia entre los dos correctores, por pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs minus the other marker&apos;s, on average (points)</source>
        <translation>La suya menos la del otro corrector, en promedio (puntos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drifting?</source>
        <translation>¿Se desvía?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement of each marker with the others</source>
        <translation>Concordancia de cada corrector con los demás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kappa is weighted (quadratic) for rubrics of more than two score points. A marker is flagged as drifting after 10 answers marked twice when they mark half a point or more above or below the other marker on average, or agree exactly 20 points less often than the other markers do.</source>
        <translation>Kappa es ponderado (cuadrático) en las rúbricas de más de dos puntuaciones. Un corrector se marca como desviado tras 10 respuestas corregidas dos veces si en promedio califica medio punto o más por encima o por debajo del otro corrector, o si coincide exactamente 20 puntos porcentuales menos que los demás correctores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per question</source>
        <translation>Por pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per marker</source>
        <translation>Por corrector</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes: {why}</source>
        <translation>Sí: {why}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MatchingAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/matching.py" line="+78"/>
        <source>Terms</source>
        <translation>Términos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Match each term on the left with a definition on the right: choose the definition&apos;s letter under the term (type the letter, or click it). Choose it again to undo.</source>
        <translation>Empareje cada término de la izquierda con una definición de la derecha: elija la letra de la definición debajo del término (escriba la letra o haga clic en ella). Elíjala otra vez para deshacerlo.</translation>
    </message>
</context>
<context>
    <name>MultipleResponseAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/choices.py" line="+122"/>
        <source>Option {letter} of {count}. Choose all answers that apply.</source>
        <translation>Opción {letter} de {count}. Elija todas las respuestas correctas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose all answers that apply.</source>
        <translation>Elija todas las respuestas correctas.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/candidate/navigation.py" line="+79"/>
        <source>That section is closed: its questions cannot be opened again.</source>
        <translation>Esa sección está cerrada: sus preguntas no se pueden volver a abrir.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Finish…</source>
        <translation>Terminar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check what is unanswered, then submit. Shortcut: Alt+N</source>
        <translation>Compruebe lo que falta por responder y entregue. Atajo: Alt+N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End section…</source>
        <translation>Terminar sección…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this section; it then closes. Shortcut: Alt+N</source>
        <translation>Salir de esta sección, que entonces se cierra. Atajo: Alt+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next question. Shortcut: Alt+N</source>
        <translation>Ir a la pregunta siguiente. Atajo: Alt+N</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The time for “{closed}” is over. That section is closed; you are now in “{opened}”.</source>
        <translation>El tiempo de «{closed}» ha terminado. Esa sección está cerrada; ahora está en «{opened}».</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../app/ui/admin/passphrase_dialog.py" line="-84"/>
        <location line="+1"/>
        <source>Choose a key passphrase</source>
        <translation>Elija una frase de contraseña para las claves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de las claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat the key passphrase</source>
        <translation>Repita la frase de contraseña de las claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Use this passphrase</source>
        <translation>Usar esta frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no OS keyring, so the station&apos;s private keys are kept in a file sealed with a passphrase. Choose at least {n} characters and keep it with the station&apos;s administrator: it is needed every time the app opens an exam.</source>
        <translation>Este equipo no tiene llavero del sistema, así que las claves privadas de la estación se guardan en un archivo sellado con una frase de contraseña. Elija al menos {n} caracteres y que la guarde el administrador de la estación: se necesita cada vez que la aplicación abre un examen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The passphrase is too short: use at least {n} characters.</source>
        <translation>La frase de contraseña es demasiado corta: use al menos {n} caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba la misma dos veces.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../app/ui/proctor/action_dialogs.py" line="-41"/>
        <source>The session of “{exam}” closes on this screen and you choose the next exam package. Its results and audit log stay on this station.</source>
        <translation>La sesión de «{exam}» se cierra en esta pantalla y usted elige el siguiente paquete de examen. Sus resultados y su registro de auditoría quedan en esta estación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its results are not exported yet: you can still export them later with the command line (examstation results export), but exporting now is simpler.</source>
        <translation>Sus resultados aún no se han exportado: puede exportarlos más tarde con la línea de comandos (examstation results export), pero es más sencillo exportarlos ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new session?</source>
        <translation>¿Empezar una nueva sesión?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stay on this session</source>
        <translation>&amp;Quedarse en esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a &amp;new session</source>
        <translation>Empezar una &amp;nueva sesión</translation>
    </message>
</context>
<context>
    <name>NumericAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/typed.py" line="+38"/>
        <source>Your answer, a number in {unit}</source>
        <translation>Su respuesta, un número en {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer, a number</source>
        <translation>Su respuesta, un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number. It is saved when you press Enter, leave the box, or stop typing for a moment.</source>
        <translation>Escriba un número. Se guarda al pulsar Intro, al salir del cuadro o al dejar de escribir un momento.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a number.</source>
        <translation>Escriba un número.</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../app/ui/app.py" line="+180"/>
        <source>ExamStation</source>
        <translation>ExamStation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening ExamStation…</source>
        <translation>Abriendo ExamStation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening ExamStation</source>
        <translation>Abriendo ExamStation</translation>
    </message>
</context>
<context>
    <name>OrderingAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/ordering.py" line="+32"/>
        <source>Steps to put in order</source>
        <translation>Pasos para ordenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a step with the arrow keys, then press Ctrl+Up or Ctrl+Down to move it.</source>
        <translation>Seleccione un paso con las flechas y pulse Ctrl+Arriba o Ctrl+Abajo para moverlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected step one place earlier</source>
        <translation>Mueve el paso seleccionado un puesto antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected step one place later</source>
        <translation>Mueve el paso seleccionado un puesto después</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Keep this order</source>
        <translation>Dejar este orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer with the order shown, without moving anything</source>
        <translation>Responder con el orden mostrado, sin mover nada</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Put these in the right order: select one and move it with Move up and Move down (or Ctrl+Up and Ctrl+Down).</source>
        <translation>Póngalos en el orden correcto: seleccione uno y muévalo con Subir y Bajar (o Ctrl+Arriba y Ctrl+Abajo).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{step} moved to place {place} of {count}</source>
        <translation>{step} movido al puesto {place} de {count}</translation>
    </message>
</context>
<context>
    <name>PackageDetails</name>
    <message>
        <location filename="../../app/ui/proctor/package_details.py" line="+13"/>
        <source>Package details</source>
        <translation>Detalles del paquete</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>trusted by this station</source>
        <translation>de confianza para esta estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT trusted by this station: the package will not open</source>
        <translation>NO es de confianza para esta estación: el paquete no se abrirá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads to</source>
        <translation>Conduce a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requires</source>
        <translation>Requiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{m:g} minutes</source>
        <translation>{m:g} minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any time</source>
        <translation>cualquier momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no end</source>
        <translation>sin fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built for</source>
        <translation>Creado para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release code</source>
        <translation>Código de apertura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not needed</source>
        <translation>no hace falta</translation>
    </message>
</context>
<context>
    <name>PairingPage</name>
    <message>
        <location filename="../../app/ui/seat/pairing_page.py" line="+40"/>
        <source>as shown on the proctor&apos;s Room tab, e.g. 192.168.1.20:47031</source>
        <translation>tal como aparece en la pestaña Sala del supervisor, p. ej. 192.168.1.20:47031</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pair with the station</source>
        <translation>&amp;Emparejar con la estación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pair with the station</source>
        <translation>Emparejar con la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairing result</source>
        <translation>Resultado del emparejamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This seat&apos;s &amp;name:</source>
        <translation>&amp;Nombre de este puesto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type the station&apos;s &amp;address:</source>
        <translation>O escriba la &amp;dirección de la estación:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station address</source>
        <translation>Dirección de la estación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make this computer a candidate workstation</source>
        <translation>Convertir este equipo en un puesto de candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proctor opens the room on the station first (Room tab). Then pair this seat once; it is remembered.</source>
        <translation>Primero el supervisor abre la sala en la estación (pestaña Sala). Después empareje este puesto una vez; se recuerda.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Proctor stations found on this network</source>
        <translation>Estaciones de supervisor encontradas en esta red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing a station fills in its address; Enter pairs.</source>
        <translation>Al elegir una estación se completa su dirección; Intro empareja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proctor &amp;stations on this network:</source>
        <translation>&amp;Estaciones de supervisor en esta red:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search for proctor stations</source>
        <translation>Buscar estaciones de supervisor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Proctor stations found: %n. Choose the one the proctor names, or type an address below. Still searching…</source>
        <translation>
            <numerusform>Estaciones de supervisor encontradas: %n. Elija la que indique el supervisor o escriba una dirección abajo. Se sigue buscando…</numerusform>
            <numerusform>Estaciones de supervisor encontradas: %n. Elija la que indique el supervisor o escriba una dirección abajo. Se sigue buscando…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found a proctor station this seat cannot use: {why} Or type the address shown on the station&apos;s Room tab.</source>
        <translation>Se encontró una estación de supervisor que este puesto no puede usar: {why} O escriba la dirección que aparece en la pestaña Sala de la estación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching for proctor stations…</source>
        <translation>Buscando estaciones de supervisor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching for proctor stations… None found yet: check that the proctor has opened the room, or type the address shown on the station&apos;s Room tab.</source>
        <translation>Buscando estaciones de supervisor… Aún no se encontró ninguna: compruebe que el supervisor abrió la sala, o escriba la dirección que aparece en la pestaña Sala de la estación.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}   ({address})</source>
        <translation>{name}   ({address})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, at {address}</source>
        <translation>{name}, en {address}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a proctor station in the list, or type the address shown on the station&apos;s Room tab.</source>
        <translation>Elija una estación de supervisor de la lista o escriba la dirección que aparece en la pestaña Sala de la estación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking the station…</source>
        <translation>Consultando a la estación…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tell the proctor at {station}: this seat shows the code above. The proctor accepts it only if the station shows the same code.</source>
        <translation>Avise al supervisor en {station}: este puesto muestra el código de arriba. El supervisor lo acepta solo si la estación muestra el mismo código.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paired with {station}.</source>
        <translation>Emparejado con {station}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proctor did not accept this seat. Check the code with the proctor and pair again.</source>
        <translation>El supervisor no aceptó este puesto. Compruebe el código con el supervisor y vuelva a emparejar.</translation>
    </message>
</context>
<context>
    <name>PassagePanel</name>
    <message>
        <location filename="../../app/ui/candidate/passage.py" line="+26"/>
        <source>Clear passage highlights</source>
        <translation>Quitar resaltados del pasaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes every highlight from this passage, on every question that shows it</source>
        <translation>Quita todo el resaltado de este pasaje, en todas las preguntas que lo muestran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image for this passage</source>
        <translation>Imagen de este texto</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Passage: {title}</source>
        <translation>Texto: {title}</translation>
    </message>
</context>
<context>
    <name>PausedPage</name>
    <message>
        <location filename="../../app/ui/candidate/end_screens.py" line="-148"/>
        <source>Return to the exam</source>
        <translation>Volver al examen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the rest break; your time starts again</source>
        <translation>Terminar el descanso; su tiempo vuelve a correr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your exam time is stopped with {time} left.</source>
        <translation>Su tiempo de examen está detenido; le quedan {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your exam time is stopped.</source>
        <translation>Su tiempo de examen está detenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are on a rest break</source>
        <translation>Está en un descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break {number} of {granted}. On break for {taken}.</source>
        <translation>Descanso {number} de {granted}. En descanso desde hace {taken}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rest break has no time limit. {stopped} Your answers are kept and the questions are hidden.</source>
        <translation>Un descanso no tiene límite de tiempo. {stopped} Sus respuestas se conservan y las preguntas están ocultas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest breaks left after this one: {n}.</source>
        <translation>Descansos que le quedan después de este: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you are back at your seat, tell the proctor: the proctor confirms your return and your exam continues.</source>
        <translation>Cuando vuelva a su puesto, avise al supervisor: el supervisor confirma su regreso y el examen continúa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the proctor when you are back at your seat, then choose Return to the exam.</source>
        <translation>Avise al supervisor cuando vuelva a su puesto y después elija Volver al examen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proctor has paused the exam. Your answers are kept.</source>
        <translation>El supervisor ha pausado el examen. Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please stay seated; the exam continues when the proctor resumes it.</source>
        <translation>Permanezca sentado; el examen continúa cuando el supervisor lo reanude.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The exam is paused</source>
        <translation>El examen está en pausa</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/proctor/action_dialogs.py" line="-141"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time to add:</source>
        <translation>&amp;Tiempo que se agrega:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes to add</source>
        <translation>Minutos que se agregan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Motivo (opcional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the reason: it goes into the candidate&apos;s record and the audit log.</source>
        <translation>Escriba el motivo: queda en el expediente del candidato y en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>ReconcilePanel</name>
    <message>
        <location filename="../../app/ui/evaluator/reconcile.py" line="+102"/>
        <source>Reconciliation result</source>
        <translation>Resultado de la resolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} and {b} marked {n} step(s) differently. Decide each one and say why. Both of them decide together and each enters their PIN, or a third evaluator who did neither evaluation decides and enters theirs; the record names who decided each step.</source>
        <translation>{a} y {b} calificaron {n} paso(s) de forma distinta. Decida cada uno y diga por qué. Ambos deciden juntos y cada uno introduce su PIN, o un tercer evaluador que no hizo ninguna de las dos evaluaciones decide e introduce el suyo; el registro indica quién decidió cada paso.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decide and explain every difference first; still open: {list}.</source>
        <translation>Primero decida y explique cada diferencia; aún pendientes: {list}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The reconciliation is recorded.</source>
        <translation>La resolución quedó registrada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}&apos;s account is locked after repeated wrong PINs. Try again in {m} minute(s), or ask the station administrator.</source>
        <translation>La cuenta de {name} está bloqueada por varios PIN incorrectos. Inténtelo de nuevo en {m} minuto(s) o consulte al administrador de la estación.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../app/ui/candidate/refusals.py" line="+13"/>
        <source>That question is not on your exam.</source>
        <translation>Esa pregunta no está en su examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That section is closed: once left, it cannot be opened again.</source>
        <translation>Esa sección está cerrada: una vez que se sale, no se puede volver a abrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer this question before you move on.</source>
        <translation>Responda esta pregunta antes de continuar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions here come one after another: only the next question can be opened.</source>
        <translation>Aquí las preguntas van una tras otra: solo se puede abrir la siguiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rest break can start only while the exam is running.</source>
        <translation>Un descanso solo puede empezar mientras el examen está en curso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rest breaks were granted for this exam.</source>
        <translation>No se le concedieron descansos para este examen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rest breaks are left: {granted} were granted and all have been taken.</source>
        <translation>No le quedan descansos: se le concedieron {granted} y ya los ha tomado todos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proctor confirms your return from the rest break: tell the proctor you are back.</source>
        <translation>El supervisor confirma su regreso del descanso: avise al supervisor de que ha vuelto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This attempt already exists. Ask the proctor.</source>
        <translation>Este intento ya existe. Consulte al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam has not started yet. Ask the proctor.</source>
        <translation>El examen aún no ha comenzado. Consulte al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam is paused. Ask the proctor.</source>
        <translation>El examen está en pausa. Consulte al supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam has already been submitted.</source>
        <translation>El examen ya se ha entregado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam time is over.</source>
        <translation>El tiempo del examen ha terminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt was voided by the proctor.</source>
        <translation>El supervisor anuló este intento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt was moved to another station.</source>
        <translation>Este intento se trasladó a otro puesto.</translation>
    </message>
</context>
<context>
    <name>ReleaseTab</name>
    <message>
        <location filename="../../app/ui/admin/release_tab.py" line="+40"/>
        <source>Your name, kept with each decision and release</source>
        <translation>Su nombre, que se guarda con cada decisión y publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh the sessions</source>
        <translation>Actualizar las sesiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported sessions</source>
        <translation>Sesiones importadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a session to see what needs a decision.</source>
        <translation>Elija una sesión para ver qué necesita una decisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen session</source>
        <translation>La sesión elegida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What must be settled before the release</source>
        <translation>Lo que hay que resolver antes de la publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What needs a look</source>
        <translation>Lo que hay que revisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts that need a look</source>
        <translation>Intentos que hay que revisar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything about the chosen attempt</source>
        <translation>Todo sobre el intento elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an attempt to see everything that was found and decided.</source>
        <translation>Elija un intento para ver todo lo que se encontró y decidió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision about the chosen attempt</source>
        <translation>Decisión sobre el intento elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count it</source>
        <translation>Contarlo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not count it</source>
        <translation>No contarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void it</source>
        <translation>Anularlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the decision</source>
        <translation>Motivo de la decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: the candidate reads this in the score letter</source>
        <translation>Por qué: el candidato lo lee en la carta de resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the &amp;decision</source>
        <translation>Registrar la &amp;decisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release this &amp;session&apos;s results</source>
        <translation>&amp;Publicar los resultados de esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release this session&apos;s results</source>
        <translation>Publicar los resultados de esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save score le&amp;tters…</source>
        <translation>Guardar &amp;cartas de resultados…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save score letters as PDF</source>
        <translation>Guardar las cartas de resultados en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter&amp;head…</source>
        <translation>&amp;Membrete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the letterhead of score letters</source>
        <translation>Cambiar el membrete de las cartas de resultados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> by {who}</source>
        <translation> por {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No results are imported yet: import result bundles on the Import tab.</source>
        <translation>Aún no hay resultados importados: importe paquetes de resultados en la pestaña Importar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{exam} at {center}, imported {at}: {n} candidates. {state}.</source>
        <translation>{exam} en {center}, importada el {at}: {n} candidatos. {state}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before the release:</source>
        <translation>Antes de la publicación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing stands in the way of the release.</source>
        <translation>Nada impide la publicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These results are released.</source>
        <translation>Estos resultados están publicados.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing in this session needs a decision.</source>
        <translation>Nada de esta sesión necesita una decisión.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose an attempt in the list first, then record the decision.</source>
        <translation>Primero elija un intento de la lista y luego registre la decisión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recording the decision…</source>
        <translation>Registrando la decisión…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded: {line}.</source>
        <translation>Registrado: {line}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Releasing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Released the results of {n} candidates. Issue their credentials on the Credentials tab, and save their score letters.</source>
        <translation>Se publicaron los resultados de {n} candidatos. Emita sus credenciales en la pestaña Credenciales y guarde sus cartas de resultados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the score letters</source>
        <translation>Carpeta de las cartas de resultados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the score letters…</source>
        <translation>Preparando las cartas de resultados…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Letterhead</source>
        <translation>Membrete</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The body&apos;s name on its letters:</source>
        <translation>Nombre del organismo en sus cartas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body&apos;s postal address, one line each:</source>
        <translation>Dirección postal del organismo, una línea por renglón:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The letterhead is saved; score letters written from now on carry it.</source>
        <translation>El membrete se guardó; las cartas de resultados que se escriban a partir de ahora lo llevan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved {n} score letters in {folder}.</source>
        <translation>Se guardaron {n} cartas de resultados en {folder}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The letter for {who} could not be written ({why}). Choose a folder you can write to and save again.</source>
        <translation>No se pudo escribir la carta de {who} ({why}). Elija una carpeta en la que pueda escribir y guarde de nuevo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unlocked. Do it again.</source>
        <translation>Desbloqueado. Hágalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../app/ui/admin/column_headings.py" line="-44"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not passed</source>
        <translation>no aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not decided yet</source>
        <translation>todavía sin decidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held for review</source>
        <translation>retenido para revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided</source>
        <translation>anulado</translation>
    </message>
</context>
<context>
    <name>ResponsePanel</name>
    <message>
        <location filename="../../app/ui/admin/marking_response.py" line="+69"/>
        <source>The answer to mark</source>
        <translation>La respuesta que se corrige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which answer this is</source>
        <translation>De qué respuesta se trata</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The candidate&apos;s answer</source>
        <translation>La respuesta del candidato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two marks given</source>
        <translation>Las dos correcciones dadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric: pick a score point (keys 0–9)</source>
        <translation>Rúbrica: elija una puntuación (teclas 0–9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the rubric asks for</source>
        <translation>Lo que pide la rúbrica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save and &amp;next (Enter)</source>
        <translation>Guardar y &amp;siguiente (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the mark and show the next answer</source>
        <translation>Guardar la corrección y mostrar la respuesta siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marking result</source>
        <translation>Resultado de la corrección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>first mark</source>
        <translation>primera corrección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second mark, blind</source>
        <translation>segunda corrección, a ciegas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adjudication</source>
        <translation>arbitraje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{exam}: answer 1 of {n} waiting for you ({kind})</source>
        <translation>{exam}: respuesta 1 de {n} que esperan su corrección ({kind})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rubric gives no further guidance.</source>
        <translation>La rúbrica no da más indicaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{points} ({text})</source>
        <translation>{points} ({text})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two markers gave: {marks}. Your mark decides.</source>
        <translation>Los dos correctores dieron: {marks}. Su corrección decide.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{points} (key {n})</source>
        <translation>{points} (tecla {n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no description</source>
        <translation>sin descripción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score {points}: {text}</source>
        <translation>Puntuación {points}: {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{p:g} points</source>
        <translation>{p:g} puntos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{points} chosen. Press Enter to save.</source>
        <translation>{points} elegido. Pulse Intro para guardar.</translation>
    </message>
</context>
<context>
    <name>ResultsReport</name>
    <message>
        <location filename="../../app/ui/admin/report_html.py" line="+33"/>
        <source>Results report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>date pattern</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on {date}.</source>
        <translation>Elaborado el {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts counted in the statistics: {counted}; kept out of them: {left} (listed at the end). Items are flagged for review from {minimum} counted attempts on a form.</source>
        <translation>Intentos contados en las estadísticas: {counted}; excluidos de ellas: {left} (se listan al final). Los ítems se marcan para revisión a partir de {minimum} intentos contados en una versión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept out of the statistics</source>
        <translation>Excluidos de las estadísticas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: every attempt is counted.</source>
        <translation>Ninguno: se cuentan todos los intentos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Form equivalence — {exam}</source>
        <translation>Equivalencia de versiones — {exam}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No test: fewer than two forms with enough attempts.</source>
        <translation>Sin prueba: menos de dos versiones con intentos suficientes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference in mean percent: {test}</source>
        <translation>Diferencia en el porcentaje medio: {test}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass rates by center and form (95 % Wilson interval)</source>
        <translation>Tasas de aprobados por centro y versión (intervalo de Wilson del 95 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcomes, time used and incidents by center</source>
        <translation>Resultados, tiempo usado e incidentes por centro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{exam} — form {form}</source>
        <translation>{exam} — versión {form}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>n/a</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} attempts, {items} items; alpha (KR-20) {alpha}; SEM {sem} points; mean {mean}, SD {sd}; pass rate {rate}.</source>
        <translation>{n} intentos, {items} ítems; alfa (KR-20) {alpha}; EEM {sem} puntos; media {mean}, DE {sd}; tasa de aprobados {rate}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welch&apos;s t</source>
        <translation>t de Welch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one-way ANOVA</source>
        <translation>ANOVA de un factor</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <location filename="../../app/ui/admin/results_window.py" line="+48"/>
        <source>ExamStation — Credential body</source>
        <translation>ExamStation — Organismo certificador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Build packages</source>
        <translation>&amp;Crear paquetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>I&amp;nformes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Marking</source>
        <translation>C&amp;orrección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Publicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Credentials</source>
        <translation>Cre&amp;denciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results sections</source>
        <translation>Secciones de resultados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop result bundles (.examresult) from testing centers here, or add them. Each is checked, decrypted and imported whole, or not at all.</source>
        <translation>Suelte aquí los paquetes de resultados (.examresult) de los centros de examen, o agréguelos. Cada uno se comprueba, se descifra y se importa completo, o nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundles to import</source>
        <translation>Paquetes por importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add bundles…</source>
        <translation>&amp;Agregar paquetes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add bundles</source>
        <translation>Agregar paquetes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;all</source>
        <translation>Importar &amp;todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import all bundles</source>
        <translation>Importar todos los paquetes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import results</source>
        <translation>Resultados de la importación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose result bundles</source>
        <translation>Elija paquetes de resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result bundles (*.examresult)</source>
        <translation>Paquetes de resultados (*.examresult)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to import: add or drop result bundles first.</source>
        <translation>No hay nada que importar: primero agregue o suelte paquetes de resultados.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; Open the Reports tab to see the results.</source>
        <translation>&lt;b&gt;Hecho.&lt;/b&gt; Abra la pestaña Informes para ver los resultados.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: already imported; nothing changed.</source>
        <translation>{name}: ya estaba importado; no cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: imported {n} attempts from {center}.</source>
        <translation>{name}: se importaron {n} intentos de {center}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: added what is new to {n} attempts imported before.</source>
        <translation>{name}: se agregó lo nuevo a {n} intentos importados antes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {n} written answers were left blank and given 0 points (nothing for a marker to read).</source>
        <translation>{name}: {n} respuestas escritas se dejaron en blanco y recibieron 0 puntos (nada que leer para un corrector).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:#9b0000&apos;&gt;{name}: {reason}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9b0000&apos;&gt;{name}: {reason}&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;span style=&apos;color:#9b0000&apos;&gt;{name}: refused. {reason}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9b0000&apos;&gt;{name}: rechazado. {reason}&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock the body&apos;s key</source>
        <translation>Desbloquear la clave del organismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The body&apos;s private key is in an encrypted file. Passphrase:</source>
        <translation>La clave privada del organismo está en un archivo cifrado. Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Refresh reports</source>
        <translation>&amp;Actualizar informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh reports</source>
        <translation>Actualizar informes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Refresh to build the reports.</source>
        <translation>Pulse Actualizar para preparar los informes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report summary</source>
        <translation>Resumen del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score distribution (percent of points)</source>
        <translation>Distribución de puntuaciones (porcentaje de los puntos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time used (minutes of exam time)</source>
        <translation>Tiempo usado (minutos de tiempo de examen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results per candidate</source>
        <translation>Resultados por candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item analysis</source>
        <translation>Análisis de ítems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes, time used and incidents per center</source>
        <translation>Resultados, tiempo usado e incidentes por centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass rates by center and form, with 95 percent intervals</source>
        <translation>Tasas de aprobados por centro y versión, con intervalos del 95 por ciento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form equivalence</source>
        <translation>Equivalencia de versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts kept out of the statistics</source>
        <translation>Intentos excluidos de las estadísticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centers</source>
        <translation>Centros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass rates</source>
        <translation>Tasas de aprobados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept out of statistics</source>
        <translation>Excluidos de las estadísticas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Attempts needed before items are flagged</source>
        <translation>Intentos necesarios antes de marcar ítems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag items from &amp;attempts:</source>
        <translation>Marcar ítems a partir de &amp;intentos:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Building the reports…</source>
        <translation>Preparando los informes…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Results: {n}; kept out of the statistics: {left} (see that tab).</source>
        <translation>Resultados: {n}; excluidos de las estadísticas: {left} (vea esa pestaña).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>n/a</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{flagged} items flagged for review</source>
        <translation>{flagged} ítems marcados para revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>items not flagged below {minimum} attempts</source>
        <translation>no se marcan ítems con menos de {minimum} intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{exam} form {form}: {n} attempts, alpha (KR-20) {alpha}, pass rate {rate}; {flags}.</source>
        <translation>{exam} versión {form}: {n} intentos, alfa (KR-20) {alpha}, tasa de aprobados {rate}; {flags}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{exam}, forms compared: {test}.</source>
        <translation>{exam}, versiones comparadas: {test}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reports could not be built ({kind}).</source>
        <translation>No se pudieron preparar los informes ({kind}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh the reports first, then save them.</source>
        <translation>Primero actualice los informes y luego guárdelos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved the report to {path}.</source>
        <translation>Se guardó el informe en {path}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/ui/candidate/review.py" line="+54"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each question with its section, the start of its text and its state. Press Enter to go to the question.</source>
        <translation>Cada pregunta con su sección, el comienzo de su texto y su estado. Pulse Intro para ir a la pregunta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the question</source>
        <translation>Volver a la pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns to the question you were on</source>
        <translation>Vuelve a la pregunta en la que estaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the exam…</source>
        <translation>Terminar el examen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks you to confirm, then submits your answers</source>
        <translation>Pide su confirmación y luego entrega sus respuestas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review your answers</source>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a question and press Enter (or click it) to go to it.</source>
        <translation>Elija una pregunta y pulse Intro (o haga clic en ella) para ir a ella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show only these questions in the list</source>
        <translation>Mostrar solo estas preguntas en la lista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{answered} of {total} answered, {incomplete} partly answered, {flagged} flagged.</source>
        <translation>{answered} de {total} respondidas, {incomplete} respondidas en parte, {flagged} marcadas.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>✓ answered</source>
        <translation>✓ respondida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◐ only partly answered</source>
        <translation>◐ respondida solo en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not seen yet</source>
        <translation>aún no vista</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{answered} of {total} answered, {flagged} flagged.</source>
        <translation>{answered} de {total} respondidas, {flagged} marcadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All ({n})</source>
        <translation>Todas ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not answered ({n})</source>
        <translation>Sin responder ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly answered ({n})</source>
        <translation>Respondidas en parte ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged ({n})</source>
        <translation>Marcadas ({n})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚑ flagged</source>
        <translation>⚑ marcada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section closed</source>
        <translation>sección cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {number}</source>
        <translation>Pregunta {number}</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../../app/ui/proctor/room_panel.py" line="+45"/>
        <source>Port seats connect to</source>
        <translation>Puerto al que se conectan los puestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the room for seats</source>
        <translation>Abrir la sala a los puestos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the &amp;room</source>
        <translation>Abrir la &amp;sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats asking to join</source>
        <translation>Puestos que piden unirse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seats of this room</source>
        <translation>Puestos de esta sala</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Give this seat a candidate…</source>
        <translation>Asignar un &amp;candidato a este puesto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the chosen seat a candidate</source>
        <translation>Asignar un candidato al puesto elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to a spare seat…</source>
        <translation>&amp;Trasladar a un puesto libre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen seat&apos;s candidate to a spare seat</source>
        <translation>Trasladar al candidato del puesto elegido a un puesto libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget this seat</source>
        <translation>&amp;Olvidar este puesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the chosen seat</source>
        <translation>Olvidar el puesto elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room result</source>
        <translation>Resultado de la sala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause, add time, void and incidents are on the Console tab; they reach the seat within a second.</source>
        <translation>Pausar, agregar tiempo, anular e incidentes están en la pestaña Consola; llegan al puesto en menos de un segundo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Proctor station</source>
        <translation>Estación del supervisor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room did not open: {why}</source>
        <translation>La sala no se abrió: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room is open. On each seat, start ExamStation as a candidate workstation, then choose this station in its list or enter the address shown above.</source>
        <translation>La sala está abierta. En cada puesto, inicie ExamStation como puesto de candidato y luego elija esta estación en su lista o escriba la dirección que aparece arriba.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Seats on this network also find it in their list as “{name}”.</source>
        <translation>Los puestos de esta red también la encuentran en su lista como «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcing it on the network…</source>
        <translation>Anunciándola en la red…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room is closed: seats cannot connect. Open it when the seats are ready.</source>
        <translation>La sala está cerrada: los puestos no pueden conectarse. Ábrala cuando los puestos estén listos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The room is open on this computer only: each candidate&apos;s screen runs here as its own program. To let workstations join, press Open the room (the screens here reconnect; a candidate who was writing presses Continue).</source>
        <translation>La sala está abierta solo en este equipo: la pantalla de cada candidato funciona aquí como un programa aparte. Para que se unan puestos, pulse Abrir la sala (las pantallas de aquí se vuelven a conectar; un candidato que estaba escribiendo pulsa Continuar).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room is open. Seats connect to {addresses}.</source>
        <translation>La sala está abierta. Los puestos se conectan a {addresses}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The seat map could not be refreshed: {why}</source>
        <translation>No se pudo actualizar el mapa de puestos: {why}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>evaluator tablet</source>
        <translation>tableta de evaluador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>candidate seat</source>
        <translation>puesto de candidato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{seat}&lt;/b&gt; ({what}, {address}) shows the code &lt;b&gt;{code}&lt;/b&gt;. Accept only if its screen shows the same code.</source>
        <translation>&lt;b&gt;{seat}&lt;/b&gt; ({what}, {address}) muestra el código &lt;b&gt;{code}&lt;/b&gt;. Acéptelo solo si su pantalla muestra el mismo código.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept {seat}</source>
        <translation>Aceptar {seat}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept seat {seat}</source>
        <translation>Aceptar el puesto {seat}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse seat {seat}</source>
        <translation>Rechazar el puesto {seat}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Every admitted candidate has a seat. Admit a candidate on the Check-in tab first.</source>
        <translation>Todos los candidatos admitidos tienen puesto. Primero admita a un candidato en la pestaña Admisión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give {seat} a candidate</source>
        <translation>Asignar un candidato a {seat}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidate:</source>
        <translation>Candidato:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} now sits at {seat}.</source>
        <translation>{name} está ahora en {seat}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no free seat. Pair a spare seat first.</source>
        <translation>No hay ningún puesto libre. Primero empareje un puesto de reserva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {name}</source>
        <translation>Trasladar a {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spare seat:</source>
        <translation>Puesto libre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} continues at {seat}; {old} is refused if it comes back.</source>
        <translation>{name} continúa en {seat}; {old} se rechaza si vuelve.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Admitted. Choose a free seat below and press Give this seat a candidate.</source>
        <translation>Admitido. Elija abajo un puesto libre y pulse Asignar un candidato a este puesto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} sits at {seat}: their exam is on that seat&apos;s screen now.</source>
        <translation>{name} está en {seat}: su examen está ahora en la pantalla de ese puesto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{seat} is forgotten; it must pair again to join.</source>
        <translation>{seat} se olvidó; debe emparejarse de nuevo para unirse.</translation>
    </message>
</context>
<context>
    <name>RosterTable</name>
    <message>
        <location filename="../../app/ui/proctor/roster_table.py" line="-62"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster: candidates expected today</source>
        <translation>Lista: candidatos previstos para hoy</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>admitted</source>
        <translation>admitido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <location filename="../../app/ui/widgets/rule_words.py" line="+25"/>
        <source>the written test</source>
        <translation>la prueba escrita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the checklist “{title}”</source>
        <translation>la lista de verificación «{title}»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not {part}</source>
        <translation>no {part}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{left} and {right}</source>
        <translation>{left} y {right}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>either {left} or {right}</source>
        <translation>o bien {left} o bien {right}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{left} or {right}</source>
        <translation>{left} o {right}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the step “{step}” cannot be marked not applicable</source>
        <translation>el paso «{step}» no puede marcarse como no aplicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the critical step “{step}” was not done</source>
        <translation>el paso crítico «{step}» no se realizó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{points} of {possible} points ({percent} %), below the {needed} points needed</source>
        <translation>{points} de {possible} puntos ({percent} %), por debajo de los {needed} puntos necesarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{points} of {possible} points ({percent} %), below the {needed} % needed</source>
        <translation>{points} de {possible} puntos ({percent} %), por debajo del {needed} % necesario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} step(s) not marked yet</source>
        <translation>{count} paso(s) sin marcar todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the written test is not fully scored yet</source>
        <translation>la prueba escrita aún no está calificada por completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the checklist “{checklist}” is not evaluated yet, or its two evaluations are not reconciled</source>
        <translation>la lista de verificación «{checklist}» aún no está evaluada, o sus dos evaluaciones no están conciliadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the checklist “{checklist}”: {reason}</source>
        <translation>la lista de verificación «{checklist}»: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for a second evaluation, or for the first evaluator to show the result</source>
        <translation>a la espera de una segunda evaluación, o de que el primer evaluador muestre el resultado</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../app/ui/candidate/status.py" line="+106"/>
        <source>Saving status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Not saved yet</source>
        <translation>⚠ Aún no guardada</translation>
    </message>
</context>
<context>
    <name>ScientificCalculator</name>
    <message>
        <location filename="../../app/ui/candidate/scientific.py" line="+40"/>
        <source>Scientific calculator</source>
        <translation>Calculadora científica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calculation</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a calculation such as 2×sin(30). Enter gives the result, Escape clears.</source>
        <translation>Escriba un cálculo como 2×sin(30). Intro da el resultado, Escape borra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or use the keys</source>
        <translation>Escriba o use las teclas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last results</source>
        <translation>Últimos resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter puts the chosen result into the calculation</source>
        <translation>Intro pone el resultado elegido en el cálculo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Calculator key</source>
        <translation>Tecla de la calculadora</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deg</source>
        <translation>Grad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Degrees</source>
        <translation>Grados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Radians</source>
        <translation>Radianes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Angles for sin, cos and tan in {unit}</source>
        <translation>Ángulos de sin, cos y tan en {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory clear</source>
        <translation>Borrar memoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory recall</source>
        <translation>Recuperar memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory add</source>
        <translation>Sumar a la memoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory subtract</source>
        <translation>Restar de la memoria</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sine</source>
        <translation>Seno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tangent</source>
        <translation>Tangente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pi</source>
        <translation>Pi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Euler&apos;s number e</source>
        <translation>Número e de Euler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inverse sine</source>
        <translation>Arcoseno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inverse cosine</source>
        <translation>Arcocoseno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inverse tangent</source>
        <translation>Arcotangente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open bracket</source>
        <translation>Abrir paréntesis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close bracket</source>
        <translation>Cerrar paréntesis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square</source>
        <translation>Al cuadrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Square root</source>
        <translation>Raíz cuadrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cube root</source>
        <translation>Raíz cúbica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logarithm base 10</source>
        <translation>Logaritmo en base 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural logarithm</source>
        <translation>Logaritmo natural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply</source>
        <translation>Multiplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minus</source>
        <translation>Menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete last character</source>
        <translation>Borrar el último carácter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal point</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus</source>
        <translation>Más</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equals</source>
        <translation>Igual</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type a calculation first.</source>
        <translation>Escriba primero un cálculo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: this calculation cannot be read. Check its brackets and operators.</source>
        <translation>Error: este cálculo no se puede leer. Revise los paréntesis y los operadores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: division by zero.</source>
        <translation>Error: división por cero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: not defined for this number (such as the root of a negative number, or tan 90°).</source>
        <translation>Error: no está definido para este número (como la raíz de un número negativo, o tan 90°).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: the number is too large.</source>
        <translation>Error: el número es demasiado grande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: the calculation is too long. Shorten it or use fewer brackets.</source>
        <translation>Error: el cálculo es demasiado largo. Acórtelo o use menos paréntesis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error.</source>
        <translation>Error.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Memory: {value}</source>
        <translation>Memoria: {value}</translation>
    </message>
</context>
<context>
    <name>ScoreLetter</name>
    <message>
        <location filename="../../app/ui/admin/letter_pdf.py" line="+24"/>
        <source>en_GB</source>
        <comment>locale</comment>
        <translation>es_ES</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credential body reviewed this attempt and decided that it counts.</source>
        <translation>El organismo certificador revisó este intento y decidió que cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential body reviewed this attempt and decided that it does not count.</source>
        <translation>El organismo certificador revisó este intento y decidió que no cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential body reviewed this attempt and voided it.</source>
        <translation>El organismo certificador revisó este intento y lo anuló.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You passed. Your credential is issued by the body and can be verified by anyone you show it to.</source>
        <translation>Ha aprobado. El organismo emite su credencial, y cualquier persona a quien se la muestre puede verificarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This attempt was voided, so it has no result.</source>
        <translation>Este intento fue anulado, así que no tiene resultado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt does not count, so it has no result.</source>
        <translation>Este intento no cuenta, así que no tiene resultado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not evaluated</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not passed</source>
        <translation>no aprobado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written test: {raw} of {maximum} points, {percent} %</source>
        <translation>Prueba escrita: {raw} de {maximum} puntos, {percent} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the pass mark is {cut} %)</source>
        <translation> (para aprobar se necesita el {cut} %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; scaled score {scaled}</source>
        <translation>; puntuación escalada {scaled}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>d MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat at {center}.</source>
        <translation>Realizado en {center}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential: {name}.</source>
        <translation>Credencial: {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate number {number}</source>
        <translation>Número de candidato {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score letter: {exam}</source>
        <translation>Carta de resultados: {exam}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practical assessment</source>
        <translation>Evaluación práctica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{decision} Reason: {reason}</source>
        <translation>{decision} Motivo: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was decided, and why</source>
        <translation>Qué se decidió y por qué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points gained</source>
        <translation>Puntos obtenidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you did in each area</source>
        <translation>Cómo le fue en cada área</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you believe a mistake was made, write to the body within 30 days, quoting your candidate number.</source>
        <translation>Si cree que hubo un error, escriba al organismo en un plazo de 30 días indicando su número de candidato.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score letter — {name}</source>
        <translation>Carta de resultados — {name}</translation>
    </message>
</context>
<context>
    <name>ScoreReport</name>
    <message>
        <location filename="../../app/ui/candidate/score_report.py" line="+32"/>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Requirements met</source>
        <translation>Requisitos cumplidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements not met</source>
        <translation>Requisitos no cumplidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{points} of {maximum} points</source>
        <translation>{points} de {maximum} puntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} % of the points</source>
        <translation>{percent} % de los puntos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{percent} % so far</source>
        <translation>{percent} % por ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written test</source>
        <translation>Prueba escrita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still to be scored: 1 written answer, worth {points} of the {maximum} points, by an examiner. It counts as zero in the score above.</source>
        <translation>Falta por calificar: 1 respuesta escrita, que vale {points} de los {maximum} puntos, por un examinador. Cuenta como cero en la puntuación de arriba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still to be scored: {count} written answers, worth {points} of the {maximum} points, by an examiner. They count as zero in the score above.</source>
        <translation>Faltan por calificar: {count} respuestas escritas, que valen {points} de los {maximum} puntos, por un examinador. Cuentan como cero en la puntuación de arriba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The written result is already decided: those answers cannot change it.</source>
        <translation>El resultado escrito ya está decidido: esas respuestas no pueden cambiarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still to be scored: the practical assessment “{title}”, by an evaluator.</source>
        <translation>Falta por calificar: la evaluación práctica «{title}», por un evaluador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credential is decided when everything above is scored; the credential body then sends you the result.</source>
        <translation>La credencial se decide cuando todo lo anterior esté calificado; después el organismo certificador le enviará el resultado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>date pattern</comment>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+82"/>
        <source>en_GB</source>
        <comment>locale</comment>
        <translation>es_ES</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Passing standard</source>
        <translation>Nivel para aprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{scaled} (scale {lowest} to {highest})</source>
        <translation>{scaled} (escala de {lowest} a {highest})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scaled score</source>
        <translation>Puntuación escalada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Whatever the practical assessment gives, this attempt does not meet the credential&apos;s requirements.</source>
        <translation>Sea cual sea el resultado de la evaluación práctica, este intento no cumple los requisitos de la credencial.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version {version}</source>
        <translation>versión {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By domain</source>
        <translation>Por área</translation>
    </message>
</context>
<context>
    <name>SeatWindow</name>
    <message>
        <location filename="../../app/ui/seat/seat_window.py" line="+51"/>
        <source>ExamStation — Candidate workstation</source>
        <translation>ExamStation — Puesto de candidato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection to the station</source>
        <translation>Conexión con la estación</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{seat}</source>
        <translation>{seat}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your exam continues at another seat ({why}). Please ask the proctor.</source>
        <translation>Su examen continúa en otro puesto ({why}). Consulte al supervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to {station} ({center}). Waiting for the proctor to give this seat a candidate.</source>
        <translation>Conectado a {station} ({center}). Esperando a que el supervisor asigne un candidato a este puesto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to {station} at {address}…</source>
        <translation>Conectando con {station} en {address}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the station at {address} since {since}; trying again. {problem}</source>
        <translation>No se puede contactar con la estación en {address} desde {since}; se vuelve a intentar. {problem}</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../../app/ui/proctor/session_screen.py" line="+46"/>
        <source>Session screens</source>
        <translation>Pantallas de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;1 Check-in</source>
        <translation>&amp;1 Admisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Console</source>
        <translation>&amp;2 Consola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Audit log</source>
        <translation>&amp;3 Auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Checklists (evaluator mode)</source>
        <translation>&amp;4 Listas de evaluación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;5 Room (seats)</source>
        <translation>&amp;5 Sala (puestos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;End session…</source>
        <translation>&amp;Terminar sesión…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xportar resultados…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new session</source>
        <translation>Empezar una nueva sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the result bundle</source>
        <translation>Escribiendo el paquete de resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session result</source>
        <translation>Resultado de la sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session of {date}, proctor {name}.</source>
        <translation>Sesión del {date}, supervisor {name}.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{title} — version {version}</source>
        <translation>{title} — versión {version}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The session cannot end while {n} candidate(s) are not finished: {list}. Wait for them to submit, or void their attempts with a reason.</source>
        <translation>La sesión no puede terminar mientras {n} candidato(s) no hayan terminado: {list}. Espere a que entreguen, o anule sus intentos indicando un motivo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The session has ended ({n} attempt(s)). Next: export the results and take the bundle to the credential body. Checklists can still be signed. For another exam, press New session.</source>
        <translation>La sesión ha terminado ({n} intento(s)). Siguiente paso: exporte los resultados y lleve el paquete al organismo certificador. Las listas de evaluación todavía se pueden firmar. Para otro examen, pulse Nueva sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to write the result bundle</source>
        <translation>Elija dónde escribir el paquete de resultados</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing, signing and checking the result bundle…</source>
        <translation>Escribiendo, firmando y comprobando el paquete de resultados…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote {path} and read it back: it is complete and signed. Next: take it to the credential body (for example on a USB stick).</source>
        <translation>Se escribió {path} y se volvió a leer: está completo y firmado. Siguiente paso: llévelo al organismo certificador (por ejemplo, en una memoria USB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The results were not exported: {why}</source>
        <translation>No se exportaron los resultados: {why}</translation>
    </message>
</context>
<context>
    <name>ShortTextAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/typed.py" line="+17"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your answer. It is saved when you press Enter, leave the box, or stop typing for a moment.</source>
        <translation>Escriba su respuesta. Se guarda al pulsar Intro, al salir del cuadro o al dejar de escribir un momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your answer.</source>
        <translation>Escriba su respuesta.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../app/ui/candidate/shortcuts.py" line="+24"/>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag or unflag this question for review</source>
        <translation>Marcar o desmarcar esta pregunta para revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review answered, unanswered and flagged questions</source>
        <translation>Revisar preguntas respondidas, sin responder y marcadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight the selected words of the question or passage, or remove the highlight</source>
        <translation>Resaltar las palabras seleccionadas de la pregunta o del pasaje, o quitar el resaltado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strike out the option you are on, or restore it</source>
        <translation>Tachar la opción en la que está, o restablecerla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide or show the time left</source>
        <translation>Ocultar o mostrar el tiempo restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or close the calculator</source>
        <translation>Abrir o cerrar la calculadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or close the reference exhibits</source>
        <translation>Abrir o cerrar los documentos de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast on or off</source>
        <translation>Activar o desactivar el alto contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a rest break (when granted)</source>
        <translation>Tomar un descanso (si se le concedió)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between controls</source>
        <translation>Pasar de un control a otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose among answers; move the crosshair on an image</source>
        <translation>Elegir entre respuestas; mover la cruz sobre una imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space, Enter</source>
        <translation>Espacio, Intro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press a button, tick a box, mark the place on an image</source>
        <translation>Pulsar un botón, marcar una casilla, marcar el lugar en una imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Ctrl+Arriba, Ctrl+Abajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move a step in an ordering question</source>
        <translation>Mover un paso en una pregunta de ordenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+, −, 0</source>
        <translation>+, −, 0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom an image in, out, or to fit</source>
        <translation>Ampliar, reducir o ajustar una imagen</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../app/ui/evaluator/tablet_pages.py" line="-105"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in with my PIN</source>
        <translation>Iniciar sesión con mi PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in result</source>
        <translation>Resultado del inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluator sign-in</source>
        <translation>Inicio de sesión del evaluador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your evaluator account. The station checks your PIN; after five wrong tries the account locks for 15 minutes.</source>
        <translation>Inicie sesión con su cuenta de evaluador. La estación comprueba su PIN; tras cinco intentos fallidos la cuenta se bloquea durante 15 minutos.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../app/ui/proctor/sign_in.py" line="+30"/>
        <source>Station account</source>
        <translation>Cuenta de la estación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sign-in result</source>
        <translation>Resultado del inicio de sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proctors and station administrators sign in with their password. Evaluators sign each evaluation with their PIN in evaluator mode.</source>
        <translation>Los supervisores y los administradores de la estación inician sesión con su contraseña. Los evaluadores firman cada evaluación con su PIN en el modo evaluador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your user name and password, then press Sign in.</source>
        <translation>Escriba su usuario y su contraseña y pulse Iniciar sesión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is an evaluator account. Evaluators do not sign in here: the proctor opens evaluator mode from the session, and you sign with your PIN.</source>
        <translation>{name} es una cuenta de evaluador. Los evaluadores no inician sesión aquí: el supervisor abre el modo evaluador desde la sesión y usted firma con su PIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as {name}.</source>
        <translation>Sesión iniciada como {name}.</translation>
    </message>
</context>
<context>
    <name>SignOffBar</name>
    <message>
        <location filename="../../app/ui/evaluator/sign_off.py" line="+30"/>
        <source>Who signs</source>
        <translation>Quién firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed &amp;by:</source>
        <translation>Firmado &amp;por:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name}&apos;s account is locked after repeated wrong PINs. Try again in {m} minute(s), or ask the station administrator.</source>
        <translation>La cuenta de {name} está bloqueada por varios PIN incorrectos. Inténtelo de nuevo en {m} minuto(s) o consulte al administrador de la estación.</translation>
    </message>
</context>
<context>
    <name>SingleChoiceAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/choices.py" line="-45"/>
        <source>Option {letter} of {count}. Choose one answer.</source>
        <translation>Opción {letter} de {count}. Elija una respuesta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose one answer.</source>
        <translation>Elija una respuesta.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../app/ui/proctor/start_screen.py" line="+38"/>
        <source>&lt;h1&gt;Open an exam&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Abrir un examen&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an exam</source>
        <translation>Abrir un examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the exam package for today, check its details, then enter the release code from the credential body. You can also drop a .exampkg file here.</source>
        <translation>Elija el paquete de examen de hoy, revise sus detalles y escriba el código de apertura del organismo certificador. También puede soltar aquí un archivo .exampkg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exam packages on this station</source>
        <translation>Paquetes de examen en esta estación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add package file…</source>
        <translation>&amp;Agregar archivo de paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add package file</source>
        <translation>Agregar archivo de paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Packages</source>
        <translation>Pa&amp;quetes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Release</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release code</source>
        <translation>Código de apertura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code the credential body gives out on exam day</source>
        <translation>El código que el organismo certificador entrega el día del examen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show code</source>
        <translation>&amp;Mostrar código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show release code</source>
        <translation>Mostrar el código de apertura</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Release co&amp;de:</source>
        <translation>Código de aper&amp;tura:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open e&amp;xam</source>
        <translation>Abrir e&amp;xamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open exam</source>
        <translation>Abrir examen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the package</source>
        <translation>Abriendo el paquete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This station has no center identity yet, so no package can open here. Ask the station administrator to run the first-run set-up (examstation keys init --role center).</source>
        <translation>Esta estación aún no tiene identidad de centro, así que no se puede abrir ningún paquete aquí. Pida al administrador de la estación que haga la configuración inicial (examstation keys init --role center).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose an exam package</source>
        <translation>Elija un paquete de examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exam packages (*.exampkg)</source>
        <translation>Paquetes de examen (*.exampkg)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking and decrypting the package…</source>
        <translation>Comprobando y descifrando el paquete…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened “{title}” version {version}: {items} items on {forms} forms, {checklists} performance checklists. Next: check in the candidates.</source>
        <translation>Se abrió «{title}» versión {version}: {items} ítems en {forms} versiones, {checklists} listas de verificación prácticas. Siguiente paso: registre a los candidatos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The package could not be opened because of an unexpected error ({kind}). Nothing was changed; try again, and report it if it repeats.</source>
        <translation>No se pudo abrir el paquete por un error inesperado ({kind}). No se cambió nada; inténtelo de nuevo y avise si se repite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock the station key</source>
        <translation>Desbloquear la clave de la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station&apos;s private key is in an encrypted file. Enter its passphrase:</source>
        <translation>La clave privada de esta estación está en un archivo cifrado. Escriba su frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../app/ui/evaluator/step_row.py" line="+58"/>
        <source>N/A is not allowed for this step</source>
        <translation>No aplica no está permitido en este paso</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for step {n}</source>
        <translation>Nota del paso {n}</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Step {n}: {text}</source>
        <translation>Paso {n}: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{p:g} point(s)</source>
        <translation>{p:g} punto(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRITICAL: must be done to pass</source>
        <translation>CRÍTICO: hay que hacerlo para aprobar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Done (D)</source>
        <translation>&amp;Hecho (D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Not done (N)</source>
        <translation>&amp;No hecho (N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N/&amp;A (A)</source>
        <translation>No &amp;aplica (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reason (required): why was this critical step not done?</source>
        <translation>Motivo (obligatorio): ¿por qué no se hizo este paso crítico?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for step {n}, required</source>
        <translation>Motivo del paso {n}, obligatorio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>marked Done</source>
        <translation>calificado Hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>marked Not done</source>
        <translation>calificado No hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked N/A</source>
        <translation>calificado No aplica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not marked yet</source>
        <translation>aún sin calificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, critical</source>
        <translation>, crítico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{state}{critical}. Keys: D done, N not done, A not applicable, arrows up and down move.</source>
        <translation>{state}{critical}. Teclas: D hecho, N no hecho, A no aplica; las flechas arriba y abajo se mueven.</translation>
    </message>
</context>
<context>
    <name>StrikeOuts</name>
    <message>
        <location filename="../../app/ui/candidate/responses/strike.py" line="+72"/>
        <source>Restore</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Option {letter} is struck out; this puts it back. Shortcut: Alt+X</source>
        <translation>La opción {letter} está tachada; esto la restablece. Atajo: Alt+X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (struck out)</source>
        <translation>{name} (tachada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{description} You struck it out; you can still choose it.</source>
        <translation>{description} Usted la tachó; aún puede elegirla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strike out</source>
        <translation>Tachar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crosses out option {letter} to show you ruled it out; it is not an answer and is not scored. Shortcut: Alt+X or right-click the option</source>
        <translation>Tacha la opción {letter} para indicar que la descartó; no es una respuesta y no se califica. Atajo: Alt+X o clic derecho en la opción</translation>
    </message>
</context>
<context>
    <name>TabletPairingPage</name>
    <message>
        <location filename="../../app/ui/evaluator/tablet_pages.py" line="-36"/>
        <source>Make this computer an evaluator tablet</source>
        <translation>Convertir este equipo en una tableta de evaluador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proctor opens the room on the station first (Room tab). Then pair this tablet once; it is remembered. The station lists it as an evaluator tablet.</source>
        <translation>Primero el supervisor abre la sala en la estación (pestaña Sala). Después empareje esta tableta una vez; se recuerda. La estación la muestra como tableta de evaluador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This tablet&apos;s name</source>
        <translation>Nombre de esta tableta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tablet&apos;s &amp;name:</source>
        <translation>&amp;Nombre de esta tableta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell the proctor at {station}: this tablet shows the code above. The proctor accepts it only if the station shows the same code.</source>
        <translation>Avise al supervisor en {station}: esta tableta muestra el código de arriba. El supervisor la acepta solo si la estación muestra el mismo código.</translation>
    </message>
</context>
<context>
    <name>TabletWindow</name>
    <message>
        <location filename="../../app/ui/evaluator/tablet_window.py" line="+39"/>
        <source>ExamStation — Evaluator tablet</source>
        <translation>ExamStation — Tableta de evaluador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection to the station</source>
        <translation>Conexión con la estación</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not paired with a proctor station yet.</source>
        <translation>Aún no está emparejada con una estación de supervisor.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed in. Choose a candidate to score.</source>
        <translation>Sesión iniciada. Elija un candidato para calificar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected to {station} ({center}).</source>
        <translation>Conectada a {station} ({center}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to {station} at {address}…</source>
        <translation>Conectando con {station} en {address}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the station at {address} since {since}; trying again. Signed evaluations stay on this tablet until the station has them. {problem}</source>
        <translation>No se puede contactar con la estación en {address} desde {since}; se vuelve a intentar. Las evaluaciones firmadas se quedan en esta tableta hasta que la estación las tenga. {problem}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+95"/>
        <source>Checking your PIN on the station…</source>
        <translation>Comprobando su PIN en la estación…</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Signed out. The next evaluator signs in here.</source>
        <translation>Sesión cerrada. El siguiente evaluador inicia sesión aquí.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking the station for the list…</source>
        <translation>Pidiendo la lista a la estación…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Sign off with my PIN</source>
        <translation>&amp;Firmar con mi PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-off result</source>
        <translation>Resultado de la firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back (my marks are kept)</source>
        <translation>&amp;Volver (se guardan mis calificaciones)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the candidates, keeping my marks</source>
        <translation>Volver a los candidatos, guardando mis calificaciones</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Your marks are kept on this tablet; choose the candidate again to go on.</source>
        <translation>Sus calificaciones se guardan en esta tableta; elija de nuevo al candidato para seguir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was marked; nothing kept.</source>
        <translation>No se calificó nada; no se guardó nada.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Scoring {name} ({number}) on “{checklist}”</source>
        <translation>Calificación de {name} ({number}) en «{checklist}»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your marks in progress are back; the task time went on.</source>
        <translation>Sus calificaciones en curso están de vuelta; el tiempo de la tarea siguió corriendo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your marks could not be kept on this tablet: {why}</source>
        <translation>No se pudieron guardar sus calificaciones en esta tableta: {why}</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+18"/>
        <source>Saved on the station: {candidate}, {checklist}.</source>
        <translation>Guardada en la estación: {candidate}, {checklist}.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Signed: {candidate}, {checklist}. Kept on this tablet and being sent; the list below says when the station has it.</source>
        <translation>Firmada: {candidate}, {checklist}. Se guarda en esta tableta y se está enviando; la lista de abajo indica cuándo la tiene la estación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stored by the station: {candidate}, {checklist}. {why}</source>
        <translation>La estación no la guardó: {candidate}, {checklist}. {why}</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../../app/ui/candidate/status.py" line="-109"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exam time left</source>
        <translation>Tiempo restante del examen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section time left</source>
        <translation>Tiempo restante de la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+14"/>
        <source>Hide time</source>
        <translation>Ocultar tiempo</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Hides or shows the time left. Shortcut: Alt+T. Time warnings are given either way.</source>
        <translation>Oculta o muestra el tiempo restante. Atajo: Alt+T. Los avisos de tiempo se dan igualmente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show time</source>
        <translation>Mostrar tiempo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time left: hidden</source>
        <translation>Tiempo restante: oculto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time left: {time}</source>
        <translation>Tiempo restante: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section: {time}</source>
        <translation>Sección: {time}</translation>
    </message>
</context>
<context>
    <name>ToolBar</name>
    <message>
        <location filename="../../app/ui/candidate/tools.py" line="+33"/>
        <source>Calculator</source>
        <translation>Calculadora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens or closes the calculator. Shortcut: Alt+C</source>
        <translation>Abre o cierra la calculadora. Atajo: Alt+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exhibits</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens or closes the reference exhibits. Shortcut: Alt+E</source>
        <translation>Abre o cierra los documentos de referencia. Atajo: Alt+E</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stops your time and hides the questions until you return. Shortcut: Alt+B</source>
        <translation>Detiene su tiempo y oculta las preguntas hasta que vuelva. Atajo: Alt+B</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <location line="+13"/>
        <source>Tools on the left</source>
        <translation>Herramientas a la izquierda</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Puts the calculator and exhibits on the other side of the question</source>
        <translation>Pone la calculadora y los documentos al otro lado de la pregunta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From 100 to 200 percent. Shortcuts: Ctrl+Plus and Ctrl+Minus</source>
        <translation>De 100 a 200 por ciento. Atajos: Ctrl+Más y Ctrl+Menos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>White and yellow on black. Shortcut: Alt+H</source>
        <translation>Blanco y amarillo sobre negro. Atajo: Alt+H</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tools on the right</source>
        <translation>Herramientas a la derecha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rest break ({n} left)</source>
        <translation>Descanso (quedan {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break ({n})</source>
        <translation>Descanso ({n})</translation>
    </message>
</context>
<context>
    <name>ToolPanel</name>
    <message>
        <location line="+15"/>
        <source>Calculator</source>
        <translation>Calculadora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exhibits</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Exhibit</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose which exhibit to show</source>
        <translation>Elija qué documento mostrar</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Exhibit: {title}</source>
        <translation>Documento: {title}</translation>
    </message>
</context>
<context>
    <name>TrueFalseAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/choices.py" line="+56"/>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Choose True or False.</source>
        <translation>Elija Verdadero o Falso.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../app/ui/proctor/action_dialogs.py" line="+11"/>
        <source>Void the attempt of {who}</source>
        <translation>Anular el intento de {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voiding ends this attempt for good: the candidate cannot continue and it is not scored. It cannot be undone.</source>
        <translation>Anular termina este intento de forma definitiva: el candidato no puede continuar y no se califica. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Void the attempt</source>
        <translation>&amp;Anular el intento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type the candidate&apos;s number ({number}):</source>
        <translation>&amp;Escriba el número del candidato ({number}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The candidate&apos;s number, typed to confirm</source>
        <translation>El número del candidato, escrito para confirmar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your proctor &amp;PIN:</source>
        <translation>Su &amp;PIN de supervisor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your proctor PIN</source>
        <translation>Su PIN de supervisor</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Write the reason: it goes into the candidate&apos;s record and the audit log.</source>
        <translation>Escriba el motivo: queda en el expediente del candidato y en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the candidate&apos;s number, {number}, to confirm that this is the attempt to void.</source>
        <translation>Escriba el número del candidato, {number}, para confirmar que este es el intento que se anula.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your proctor PIN: voiding needs it.</source>
        <translation>Escriba su PIN de supervisor: hace falta para anular.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That PIN is not right, so nothing was voided. Try again; after 5 wrong tries your account is locked for 15 minutes.</source>
        <translation>Ese PIN no es correcto, así que no se anuló nada. Inténtelo de nuevo; tras 5 intentos fallidos su cuenta se bloquea durante 15 minutos.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/candidate/welcome.py" line="-106"/>
        <source>Welcome, {name}.</source>
        <translation>Bienvenido/a, {name}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome and instructions</source>
        <translation>Bienvenida e instrucciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys and Page Down scroll the instructions</source>
        <translation>Las flechas y Av Pág desplazan las instrucciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the exam</source>
        <translation>Comenzar el examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the exam and its clock. Available once you have confirmed who you are.</source>
        <translation>Comienza el examen y su reloj. Disponible cuando haya confirmado su identidad.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your identity</source>
        <translation>Su identidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exam is for {name}. If that is not you, do not start: tell the proctor.</source>
        <translation>Este examen es para {name}. Si no es usted, no comience: avise al supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am {name}</source>
        <translation>Soy {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick to confirm who you are; then you can start</source>
        <translation>Marque para confirmar su identidad; después podrá comenzar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are {count} questions in {sections} sections.</source>
        <translation>Hay {count} preguntas en {sections} secciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have {minutes} minutes. The clock starts when you press Start the exam.</source>
        <translation>Dispone de {minutes} minutos. El reloj empieza cuando pulse Comenzar el examen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no overall time limit.</source>
        <translation>No hay límite de tiempo total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers are saved as you go. “✓ Saved” at the top means they are stored on this computer.</source>
        <translation>Sus respuestas se guardan a medida que avanza. «✓ Guardado» arriba indica que están almacenadas en este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag any question you want to look at again; the review screen lists answered, unanswered and flagged questions.</source>
        <translation>Marque las preguntas que quiera volver a ver; la pantalla de revisión muestra las preguntas respondidas, sin responder y marcadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A calculator is available on the tool bar.</source>
        <translation>Hay una calculadora en la barra de herramientas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference exhibits are available on the tool bar.</source>
        <translation>Hay documentos de referencia en la barra de herramientas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change the text size and turn on high contrast at any time.</source>
        <translation>Puede cambiar el tamaño del texto y activar el alto contraste en cualquier momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section {number}, “{title}”: {count} questions</source>
        <translation>Sección {number}, «{title}»: {count} preguntas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {minutes} minutes</source>
        <translation>, {minutes} minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Once you leave it, you cannot go back to it</source>
        <translation>. Una vez que salga de ella, no podrá volver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>WrittenAnswer</name>
    <message>
        <location filename="../../app/ui/candidate/responses/typed.py" line="+32"/>
        <source>Your written answer</source>
        <translation>Su respuesta escrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your answer; Enter starts a new line and Tab leaves the box. It is saved as you type.</source>
        <translation>Escriba su respuesta; Intro empieza una línea nueva y Tab sale del cuadro. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length of your answer</source>
        <translation>Longitud de su respuesta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{words} words, {left} characters left</source>
        <translation>{words} palabras, quedan {left} caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write your answer in the box. A person will score it.</source>
        <translation>Escriba su respuesta en el cuadro. Una persona la calificará.</translation>
    </message>
</context>
<context>
    <name>ZoomControls</name>
    <message>
        <location filename="../../app/ui/widgets/image_viewer.py" line="+60"/>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys: plus, minus and 0 when the image has focus</source>
        <translation>Teclas: más, menos y 0 cuando la imagen tiene el foco</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>ZoomableImage</name>
    <message>
        <location line="+27"/>
        <source>Image. Plus and minus zoom, 0 fits it, arrow keys scroll.</source>
        <translation>Imagen. Más y menos cambian el zoom, 0 la ajusta, las flechas la desplazan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This image cannot be shown. Tell the proctor.</source>
        <translation>No se puede mostrar esta imagen. Avise al supervisor.</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <location filename="../../app/ui/proctor/action_dialogs.py" line="-125"/>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidate: {who}</source>
        <translation>Candidato: {who}</translation>
    </message>
</context>
</TS>
